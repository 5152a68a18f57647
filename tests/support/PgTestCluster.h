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
    ~PgTestCluster();

    bool start();
    // pg_ctl stop -m fast: sessions are ended, the data stays.
    bool halt() { return run(QStringLiteral("halt")) == 0; }
    // pg_ctl stop -m immediate: as if the server crashed.
    bool crash() { return run(QStringLiteral("crash")) == 0; }
    // Starts it again on the same port and data; returns once it accepts connections.
    bool recover() { return run(QStringLiteral("recover")) == 0; }

    int run(const QString& action);

private:
    QTemporaryDir m_state;
    bool m_started = false;
};

} // namespace lk::test
