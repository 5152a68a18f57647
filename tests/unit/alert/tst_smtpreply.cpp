// SmtpReplyReader and SmtpReply: replies are read whole however the bytes
// arrive, multi-line replies as one, and anything that is not SMTP is an
// error instead of a guess or a growing buffer.
#include "alert/SmtpReply.h"
#include "alert/SmtpReplyReader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

const QByteArray kEhlo = "250-sink.test greets you\r\n"
                         "250-SIZE 33554432\r\n"
                         "250-8BITMIME\r\n"
                         "250-STARTTLS\r\n"
                         "250 AUTH LOGIN PLAIN\r\n";

std::optional<SmtpReply> take(SmtpReplyReader& reader) {
    auto next = reader.next();
    if (!next) {
        qWarning("%s", qPrintable(next.error().message));
        return std::nullopt;
    }
    return next.value();
}

} // namespace

class TestSmtpReply : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void singleLine() {
        SmtpReplyReader reader;
        reader.append("220 sink.test ESMTP ready\r\n");
        const auto reply = take(reader);
        QVERIFY(reply);
        QCOMPARE(reply->code, 220);
        QCOMPARE(reply->lines, QStringList{u"sink.test ESMTP ready"_s});
        QVERIFY(reply->positive());
        QVERIFY(!reply->temporary());
        QVERIFY(!reader.hasUnread());
        QVERIFY(!take(reader)); // nothing more yet
    }

    void multiLineArrivingByteByByte() {
        SmtpReplyReader reader;
        for (qsizetype i = 0; i + 1 < kEhlo.size(); ++i) {
            reader.append(kEhlo.mid(i, 1));
            const auto next = reader.next();
            QVERIFY(next.ok());
            QVERIFY2(!next.value(), qPrintable(QString::number(i)));
        }
        reader.append(kEhlo.right(1));
        const auto reply = take(reader);
        QVERIFY(reply);
        QCOMPARE(reply->code, 250);
        QCOMPARE(reply->lines.size(), 5);
        QVERIFY(reply->offers(u"STARTTLS"_s));
        QVERIFY(reply->offers(u"8BITMIME"_s));
        QVERIFY(!reply->offers(u"SINK.TEST"_s)); // the greeting line is not an extension
        QCOMPARE(reply->authMechanisms(), (QStringList{u"LOGIN"_s, u"PLAIN"_s}));
    }

    void twoRepliesInOneRead() {
        SmtpReplyReader reader;
        reader.append("250 OK\r\n354 go ahead\r\n");
        QCOMPARE(take(reader)->code, 250);
        QVERIFY(reader.hasUnread());
        QCOMPARE(take(reader)->code, 354);
        QVERIFY(!reader.hasUnread());
    }

    void oldAuthSyntaxAndBareLineFeeds() {
        SmtpReplyReader reader;
        reader.append("250-relay\n250-AUTH=LOGIN\n250-auth cram-md5 plain\n250\n");
        const auto reply = take(reader);
        QVERIFY(reply);
        QCOMPARE(reply->authMechanisms(), (QStringList{u"LOGIN"_s, u"CRAM-MD5"_s, u"PLAIN"_s}));
        QVERIFY(!reply->offers(u"STARTTLS"_s));
    }

    void notSmtpIsAnError_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("HTTP server") << QByteArray("HTTP/1.1 400 Bad Request\r\n");
        QTest::newRow("codes differ") << QByteArray("250-first\r\n251 second\r\n");
        QTest::newRow("no separator") << QByteArray("250OK\r\n");
        QTest::newRow("1xx") << QByteArray("100 continue\r\n");
        QTest::newRow("endless line") << QByteArray(SmtpReplyReader::kMaxLineBytes + 10, 'x');
    }

    void notSmtpIsAnError() {
        QFETCH(QByteArray, bytes);
        SmtpReplyReader reader;
        reader.append(bytes);
        const auto next = reader.next();
        QVERIFY(!next.ok());
        QCOMPARE(next.error().code, u"protocol"_s);
        QVERIFY2(next.error().message.contains(u"not an SMTP reply"_s), qPrintable(next.error().message));
    }

    void endlessReplyIsAnError() {
        SmtpReplyReader reader;
        for (qsizetype i = 0; i <= SmtpReplyReader::kMaxLines; ++i)
            reader.append("250-more\r\n");
        QVERIFY(!reader.next().ok());
    }

    void quotedIsOneShortCleanLine() {
        SmtpReply reply{535, {u"5.7.8 Authentication"_s, u"credentials invalid\x1b[31m"_s}};
        QCOMPARE(reply.quoted(), u"535 5.7.8 Authentication credentials invalid [31m"_s);
        QVERIFY(!reply.positive());
        QVERIFY(!reply.temporary());
        reply = SmtpReply{451, {QString(1000, u'x')}};
        QVERIFY(reply.temporary());
        QCOMPARE(reply.quoted().size(), 300);
        QCOMPARE((SmtpReply{250, {QString()}}.quoted()), u"250"_s);
    }

    void clearForgetsEverything() {
        SmtpReplyReader reader;
        reader.append("250-half\r\n250 OK");
        QVERIFY(!take(reader));
        QVERIFY(reader.hasUnread());
        reader.clear();
        QVERIFY(!reader.hasUnread());
        reader.append("220 fresh\r\n");
        QCOMPARE(take(reader)->lines, QStringList{u"fresh"_s});
    }
};

QTEST_GUILESS_MAIN(TestSmtpReply)
#include "tst_smtpreply.moc"
