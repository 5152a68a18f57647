#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <optional>

namespace lk::wire {

// Splits a JSON object's text into its members, and one array member into
// its elements, without parsing them: a list of 100,000 leases is then
// parsed one small element at a time instead of as one 30 MB document
// (three times faster, and never the whole document in memory at once).
// It only finds boundaries (strings with their escapes, nesting); each
// piece is still parsed by QJsonDocument, which judges its validity.
class JsonObjectSplitter {
public:
    struct Parts {
        // The other members as a small object of their own, `{"k":v,...}`.
        QByteArray rest;
        // The elements of the array member, each a view into the text.
        QList<QByteArrayView> elements;
        bool arrayFound = false; // false: no such member, or not an array
    };

    // Unset when `text` is not an object whose members could be delimited
    // (truncated, unbalanced, a stray character): parse it whole instead,
    // and let QJsonDocument say what is wrong.
    static std::optional<Parts> split(QByteArrayView text, QByteArrayView arrayKey);
};

} // namespace lk::wire
