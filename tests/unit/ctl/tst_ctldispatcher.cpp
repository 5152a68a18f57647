#include "ctl/CtlCommand.h"
#include "ctl/CtlDispatcher.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

int echoCommand(const QStringList& arguments, QTextStream& out, QTextStream&) {
    out << "ran " << arguments.join(u' ');
    return 7;
}

const CtlCommand kCommands[] = {
    {u"echo"_s, "repeat the arguments", &echoCommand},
    {u"other"_s, "another command", &echoCommand},
};

} // namespace

class tst_CtlDispatcher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dispatchesWithRemainingArguments();
    void optionsAfterTheCommandBelongToIt();
    void helpListsCommands();
    void version();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run {
        int exitCode;
        QString out;
        QString err;
    };
    static Run dispatch(const QStringList& arguments);
};

tst_CtlDispatcher::Run tst_CtlDispatcher::dispatch(const QStringList& arguments) {
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int exitCode =
        CtlDispatcher::run(kCommands, QStringList{u"leasekeeper-ctl"_s} + arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return {exitCode, out, err};
}

void tst_CtlDispatcher::dispatchesWithRemainingArguments() {
    const Run run = dispatch({u"echo"_s, u"a"_s, u"b"_s});
    QCOMPARE(run.exitCode, 7);
    QCOMPARE(run.out, u"ran echo a b"_s);
    QVERIFY(run.err.isEmpty());
}

void tst_CtlDispatcher::optionsAfterTheCommandBelongToIt() {
    const Run run = dispatch({u"other"_s, u"--help"_s, u"--version"_s});
    QCOMPARE(run.exitCode, 7);
    QCOMPARE(run.out, u"ran other --help --version"_s);
}

void tst_CtlDispatcher::helpListsCommands() {
    const Run run = dispatch({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"Usage: leasekeeper-ctl "_s));
    QVERIFY2(run.out.contains(u"  echo      repeat the arguments\n"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"  other     another command\n"_s));
}

void tst_CtlDispatcher::version() {
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
    const Run run = dispatch({u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"leasekeeper-ctl 9.8.7\n"_s);
}

void tst_CtlDispatcher::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << u"leasekeeper-ctl: missing command\n"_s;
    QTest::newRow("unknown command") << QStringList{u"nope"_s}
                                     << u"leasekeeper-ctl: unknown command 'nope'\n"_s;
    QTest::newRow("unknown option") << QStringList{u"--nope"_s, u"echo"_s} << u"nope"_s;
}

void tst_CtlDispatcher::usageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = dispatch(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.err.contains(u"echo      repeat the arguments"_s));
}

QTEST_GUILESS_MAIN(tst_CtlDispatcher)
#include "tst_ctldispatcher.moc"
