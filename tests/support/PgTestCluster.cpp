#include "PgTestCluster.h"

#include <QProcess>

namespace lk::test {

PgTestCluster::~PgTestCluster() {
    if (m_started)
        run(QStringLiteral("stop"));
}

bool PgTestCluster::start() {
    m_started = m_state.isValid() && run(QStringLiteral("start")) == 0;
    if (m_started)
        qputenv("LEASEKEEPER_TEST_PG_DIR", m_state.path().toLocal8Bit());
    return m_started;
}

int PgTestCluster::run(const QString& action) {
    return QProcess::execute(QStringLiteral("bash"), {qEnvironmentVariable("LEASEKEEPER_SOURCE_DIR") +
                                                          QStringLiteral("/scripts/pg-test-cluster.sh"),
                                                      action, m_state.path()});
}

} // namespace lk::test
