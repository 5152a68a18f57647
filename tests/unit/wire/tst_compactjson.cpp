// The renewal's answer written straight into bytes (wire::CompactJsonWriter,
// GrantAnswer::toCompactJson) is byte for byte what QJsonDocument writes for
// the same answer, whatever the node's name holds, and reads back.
#include "wire/CompactJsonWriter.h"
#include "wire/GrantAnswer.h"

#include <QJsonDocument>
#include <QTest>
#include <limits>

using namespace Qt::StringLiterals;
using namespace lk::wire;

class TestCompactJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void grantAnswerMatchesQJsonDocument_data() {
        QTest::addColumn<QString>("node");
        QTest::addColumn<qint64>("deadline");
        QTest::newRow("plain") << u"lm-a"_s << qint64(1796457480091);
        QTest::newRow("empty") << QString() << qint64(0);
        QTest::newRow("quotes and backslashes") << u"a\"b\\c/d"_s << qint64(-1);
        QTest::newRow("control characters")
            << QString::fromUtf8("\b\f\n\r\t\x01\x1f\x7f end") << std::numeric_limits<qint64>::max();
        QTest::newRow("non-ASCII") << u"nœud-ñ-東京-😀"_s << std::numeric_limits<qint64>::min();
        QString lone = u"x"_s;
        lone.append(QChar(0xd800));
        QTest::newRow("lone surrogate") << lone << qint64(1);
    }

    void grantAnswerMatchesQJsonDocument() {
        QFETCH(QString, node);
        QFETCH(qint64, deadline);
        const GrantAnswer answer{
            u"9f1c2e0d4b6a48e1a7c3d5f08b2e6a11"_s, 300, 432000, deadline, 1796457480000, node};
        const QByteArray expected = QJsonDocument(answer.toJson()).toJson(QJsonDocument::Compact);
        QCOMPARE(answer.toCompactJson(), expected);
        const auto read = GrantAnswer::fromJson(QJsonDocument::fromJson(answer.toCompactJson()).object());
        QVERIFY(read.ok());
        QCOMPARE(read->node, QJsonDocument::fromJson(expected).object().value(u"node"_s).toString());
        QCOMPARE(read->leaseId, answer.leaseId);
    }

    void anEmptyObjectIsBraces() { QCOMPARE(CompactJsonWriter().finish(), QByteArray("{}")); }
};

QTEST_GUILESS_MAIN(TestCompactJson)
#include "tst_compactjson.moc"
