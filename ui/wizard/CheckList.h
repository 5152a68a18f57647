#pragma once

#include "ha/HaCheck.h"

#include <QWidget>

class QVBoxLayout;

namespace lk {

// A live checklist: one row per check, with its verdict, what was found and
// what to do next. Used by every step of the HA wizard.
class CheckList final : public QWidget {
    Q_OBJECT

public:
    explicit CheckList(QWidget* parent = nullptr);

    // Shows "Checking..." until results arrive.
    void setChecking();
    void setChecks(const QList<HaCheck>& checks);
    const QList<HaCheck>& checks() const { return m_checks; }
    bool anyFailed() const;
    QString text() const; // everything shown, for tests and screen readers

private:
    void clearRows();

    QVBoxLayout* m_rows;
    QList<HaCheck> m_checks;
};

} // namespace lk
