#pragma once

#include <QProcess>
#include <QTemporaryDir>

namespace lk::test {

// A PostgreSQL cluster of the test's own (scripts/pg-test-cluster.sh), for
// tests that stop or crash the database: the cluster of ctest's "postgres"
// fixture serves other tests running at the same time. start() points
// LEASEKEEPER_TEST_PG_DIR at it, so PgTestDatabase makes its databases here.
class PgTestCluster {
public:
    ~PgTestCluster() {
        if (m_started)
            run(QStringLiteral("stop"));
    }

    bool start() {
        m_started = m_state.isValid() && run(QStringLiteral("start")) == 0;
        if (m_started)
            qputenv("LEASEKEEPER_TEST_PG_DIR", m_state.path().toLocal8Bit());
        return m_started;
    }
    // pg_ctl stop -m fast: sessions are ended, the data stays.
    bool halt() { return run(QStringLiteral("halt")) == 0; }
    // pg_ctl stop -m immediate: as if the server crashed.
    bool crash() { return run(QStringLiteral("crash")) == 0; }
    // Starts it again on the same port and data; returns once it accepts connections.
    bool recover() { return run(QStringLiteral("recover")) == 0; }

    int run(const QString& action) {
        return QProcess::execute(QStringLiteral("bash"), {qEnvironmentVariable("LEASEKEEPER_SOURCE_DIR") +
                                                              QStringLiteral("/scripts/pg-test-cluster.sh"),
                                                          action, m_state.path()});
    }

private:
    QTemporaryDir m_state;
    bool m_started = false;
};

} // namespace lk::test
