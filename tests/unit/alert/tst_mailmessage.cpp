// MailEncoding, MailMessage and AlertMail: the bytes of an alert mail are
// valid RFC 5322 (CRLF, short lines, encoded non-ASCII) whatever the alert
// says, and no text of an alert can add a header.
#include "alert/AlertMail.h"
#include "alert/MailEncoding.h"
#include "alert/MailMessage.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

// The test's own readers of the two encodings, written from the RFCs, so
// that what is encoded is checked by decoding it, not by repeating the encoder.
QByteArray decodeQuotedPrintable(const QByteArray& encoded) {
    QByteArray decoded;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        if (encoded.at(i) != '=') {
            decoded += encoded.at(i);
        } else if (encoded.mid(i + 1, 2) == "\r\n") {
            i += 2; // soft line break
        } else {
            decoded += char(encoded.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        }
    }
    return decoded;
}

QString decodeHeader(const QByteArray& header) {
    QByteArray value = header.mid(header.indexOf(':') + 1);
    value.replace("\r\n", "");
    QString text;
    for (const QByteArray& word : value.split(' ')) {
        if (word.startsWith("=?UTF-8?B?") && word.endsWith("?="))
            text += QString::fromUtf8(QByteArray::fromBase64(word.mid(10, word.size() - 12)));
        else if (!word.isEmpty())
            text += (text.isEmpty() ? QString() : u" "_s) + QString::fromLatin1(word);
    }
    return text;
}

QList<QByteArray> lines(const QByteArray& bytes) {
    QList<QByteArray> result = bytes.split('\n');
    result.removeLast(); // after the last CRLF
    return result;
}

} // namespace

class TestMailMessage : public QObject {
    Q_OBJECT

    static MailMessage sample() {
        MailMessage mail;
        mail.from = u"leasekeeper@example.com"_s;
        mail.to = {u"ops@example.com"_s, u"oncall@example.com"_s};
        mail.subject = u"[LeaseKeeper] Lizenz läuft ab"_s;
        mail.body = u"Erste Zeile\n.hidden dot line\nlast"_s;
        mail.date = QDateTime(QDate(2026, 12, 7), QTime(2, 4, 55), QTimeZone::utc());
        mail.messageId = u"<a1.xyz@example.com>"_s;
        return mail;
    }

private Q_SLOTS:
    void dateIsRfc5322InUtcWhateverTheLocale() {
        const QDateTime utc(QDate(2026, 12, 7), QTime(2, 4, 55), QTimeZone::utc());
        QCOMPARE(MailEncoding::date(utc), QByteArray("Mon, 07 Dec 2026 02:04:55 +0000"));
        const QDateTime berlin(QDate(2026, 7, 1), QTime(1, 30, 5), QTimeZone(2 * 3600));
        QCOMPARE(MailEncoding::date(berlin), QByteArray("Tue, 30 Jun 2026 23:30:05 +0000"));
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(MailEncoding::date(utc), QByteArray("Mon, 07 Dec 2026 02:04:55 +0000"));
        QLocale::setDefault(before);
    }

    void quotedPrintableEscapesWhatItMust() {
        QCOMPARE(MailEncoding::quotedPrintable(u"a=b"_s), QByteArray("a=3Db\r\n"));
        QCOMPARE(MailEncoding::quotedPrintable(u"läuft"_s), QByteArray("l=C3=A4uft\r\n"));
        QCOMPARE(MailEncoding::quotedPrintable(u"tail \nx\t"_s), QByteArray("tail=20\r\nx=09\r\n"));
        QCOMPARE(MailEncoding::quotedPrintable(u"a\nb\r\nc\rd\n"_s), QByteArray("a\r\nb\r\nc\r\nd\r\n"));
        QCOMPARE(MailEncoding::quotedPrintable(u".starts with a dot"_s),
                 QByteArray(".starts with a dot\r\n"));
    }

    void quotedPrintableLinesStayShortAndDecode() {
        const QString text = QString(200, u'x') + u"\n"_s + QString(100, u'ä') + u" = end "_s;
        const QByteArray encoded = MailEncoding::quotedPrintable(text);
        for (const QByteArray& line : lines(encoded)) {
            QVERIFY(line.endsWith('\r'));
            QVERIFY2(line.size() - 1 <= MailEncoding::kMaxBodyLine, line.constData());
        }
        QCOMPARE(QString::fromUtf8(decodeQuotedPrintable(encoded)),
                 text.left(200) + u"\r\n"_s + text.mid(201) + u"\r\n"_s);
    }

    void asciiHeaderIsFoldedAtSpaces() {
        QCOMPARE(MailEncoding::headerText("Subject", u"Near the limit"_s),
                 QByteArray("Subject: Near the limit"));
        const QString longText = QStringList(20, u"component"_s).join(u' ');
        const QByteArray header = MailEncoding::headerText("Subject", longText);
        for (const QByteArray& line : header.split('\n'))
            QVERIFY2(line.size() <= MailEncoding::kFoldHeaderAt + 1, line.constData());
        QCOMPARE(decodeHeader(header), longText);
    }

    void nonAsciiHeaderIsEncodedInWholeCharacters() {
        const QByteArray header = MailEncoding::headerText("Subject", u"Lizenz läuft ab"_s);
        QVERIFY(header.startsWith("Subject: =?UTF-8?B?"));
        QCOMPARE(decodeHeader(header), u"Lizenz läuft ab"_s);
        const QString longText = QString(60, u'ä') + u" 🔑 "_s + QString(60, u'ö');
        const QByteArray folded = MailEncoding::headerText("Subject", longText);
        QVERIFY(folded.startsWith("Subject: =?UTF-8?B?")); // the value starts on the header's line
        for (const QByteArray& line : folded.split('\n')) {
            QVERIFY2(line.size() <= MailEncoding::kFoldHeaderAt + 1, line.constData());
            for (const QByteArray& word : line.trimmed().split(' ')) {
                if (!word.startsWith("=?"))
                    continue;
                QVERIFY(word.size() <= 75);
                const QByteArray utf8 = QByteArray::fromBase64(word.mid(10, word.size() - 12));
                QCOMPARE(QString::fromUtf8(utf8).toUtf8(), utf8); // no character cut in two
            }
        }
        QCOMPARE(decodeHeader(folded), longText);
        QVERIFY(MailEncoding::headerText("Subject", u"looks =?like?= a word"_s).contains("=?UTF-8?B?"));
    }

    void headerInjectionIsImpossible() {
        const QByteArray header =
            MailEncoding::headerText("Subject", u"Alert\r\nBcc: victim@example.com\nX-Evil: 1\r"_s);
        QCOMPARE(header, QByteArray("Subject: Alert Bcc: victim@example.com X-Evil: 1"));
        MailMessage mail = sample();
        mail.subject = u"a\r\n\r\nbody injected"_s;
        const QByteArray bytes = mail.toBytes();
        QVERIFY(bytes.contains("Subject: a body injected\r\n"));
        QCOMPARE(bytes.count("\r\n\r\n"), 1); // one end of the headers
    }

    void messageIsWellFormed() {
        const QByteArray bytes = sample().toBytes();
        QVERIFY(!bytes.contains("\n\n"));
        QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
        QCOMPARE(bytes.count('\r'), bytes.count("\r\n"));
        const QByteArray head = bytes.left(bytes.indexOf("\r\n\r\n") + 2);
        for (const QByteArray& line : lines(head))
            QVERIFY2(line.size() - 1 <= MailEncoding::kFoldHeaderAt, line.constData());
        QVERIFY(head.startsWith("Date: Mon, 07 Dec 2026 02:04:55 +0000\r\n"));
        QVERIFY(head.contains("\r\nFrom: leasekeeper@example.com\r\n"));
        QVERIFY(head.contains("\r\nTo: ops@example.com, oncall@example.com\r\n"));
        QVERIFY(head.contains("\r\nMessage-ID: <a1.xyz@example.com>\r\n"));
        QVERIFY(head.contains("\r\nAuto-Submitted: auto-generated\r\n"));
        QVERIFY(head.contains("\r\nMIME-Version: 1.0\r\n"));
        QVERIFY(head.contains("\r\nContent-Type: text/plain; charset=UTF-8\r\n"));
        QVERIFY(head.contains("\r\nContent-Transfer-Encoding: quoted-printable\r\n"));
        const QByteArray subject = head.mid(head.indexOf("Subject:"));
        QCOMPARE(decodeHeader(subject.left(subject.indexOf("\r\n"))), u"[LeaseKeeper] Lizenz läuft ab"_s);
        const QByteArray body = bytes.mid(bytes.indexOf("\r\n\r\n") + 4);
        QCOMPARE(QString::fromUtf8(decodeQuotedPrintable(body)),
                 u"Erste Zeile\r\n.hidden dot line\r\nlast\r\n"_s);
    }

    void manyRecipientsFoldOneALine() {
        MailMessage mail = sample();
        mail.to.clear();
        for (int i = 0; i < 10; ++i)
            mail.to << u"recipient-number-%1@example.com"_s.arg(i);
        const QByteArray bytes = mail.toBytes();
        const QByteArray to = bytes.mid(bytes.indexOf("\r\nTo:") + 2);
        const QByteArray header = to.left(to.indexOf("\r\nSubject:"));
        for (const QByteArray& line : header.split('\n'))
            QVERIFY2(line.size() <= MailEncoding::kFoldHeaderAt + 1, line.constData());
        QCOMPARE(QString::fromLatin1(header).remove(u"\r\n"_s).count(u'@'), 10);
    }

    void dotStuffingDoublesLeadingDotsAndEnds() {
        QCOMPARE(MailEncoding::dotStuffed(".a\r\nb\r\n.\r\n..c\r\n"),
                 QByteArray("..a\r\nb\r\n..\r\n...c\r\n.\r\n"));
        QCOMPARE(MailEncoding::dotStuffed("no line end"), QByteArray("no line end\r\n.\r\n"));
    }

    void messageIdIsValidAndUnique() {
        const QString id = MailMessage::makeMessageId(u"alert 1/<x>"_s, u"leasekeeper@example.com"_s);
        QVERIFY2(id.startsWith(u"<alert1x."_s) && id.endsWith(u"@example.com>"_s), qPrintable(id));
        QVERIFY(id != MailMessage::makeMessageId(u"alert 1/<x>"_s, u"leasekeeper@example.com"_s));
        QVERIFY(MailMessage::makeMessageId(u"..."_s, u"nobody"_s).endsWith(u"@nobody>"_s));
    }

    void alertMailSaysWhatWhereAndWhen() {
        AlertMessage alert;
        alert.id = u"a-17"_s;
        alert.rule = u"near_limit"_s;
        alert.severity = u"warning"_s;
        alert.subject = u"vdp"_s;
        alert.summary = u"vdp at 95% of its cores"_s;
        alert.detail = u"38 of 40 cores are leased.\nFree some or extend the license."_s;
        alert.node = u"lm1"_s;
        alert.atMs = QDateTime(QDate(2026, 12, 7), QTime(2, 4, 55), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(AlertMail::subject(alert), u"[LeaseKeeper] vdp at 95% of its cores"_s);
        const QString body = AlertMail::body(alert);
        QVERIFY2(body.startsWith(alert.detail + u"\n\n"_s), qPrintable(body));
        for (const QString& line : {u"Rule: near_limit"_s, u"Severity: warning"_s, u"Subject: vdp"_s,
                                    u"Node: lm1"_s, u"Time: 2026-12-07T02:04:55Z"_s, u"Alert ID: a-17"_s})
            QVERIFY2(body.contains(u"\n"_s + line + u"\n"_s), qPrintable(line));
        alert.test = true;
        QCOMPARE(AlertMail::subject(alert), u"[test] [LeaseKeeper] vdp at 95% of its cores"_s);

        MailSettings settings;
        settings.from = u"leasekeeper@example.com"_s;
        settings.to = {u"ops@example.com"_s};
        const MailMessage mail = AlertMail::compose(alert, settings, alert.atMs + 1000);
        QCOMPARE(mail.to, settings.to);
        QCOMPARE(mail.date.toMSecsSinceEpoch(), alert.atMs + 1000);
        QVERIFY(mail.messageId.startsWith(u"<a-17."_s));
    }
};

QTEST_GUILESS_MAIN(TestMailMessage)
#include "tst_mailmessage.moc"
