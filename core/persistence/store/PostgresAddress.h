#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

class QSqlDatabase;

namespace lk {

// Where a PostgreSQL database is, from a libpq-style URL:
//   postgresql://USER@HOST[:PORT][,HOST[:PORT]...]/DBNAME[?target_session_attrs=read-write&...]
// Several hosts make libpq try them in turn, so that an HA PostgreSQL cluster
// can sit behind the License Managers. The password never appears here: it
// comes from a file or the environment, never from a command line.
struct PostgresAddress {
    Q_DECLARE_TR_FUNCTIONS(PostgresAddress)

public:
    struct Host {
        QString name;
        quint16 port = 5432;
    };

    QString user;
    QList<Host> hosts;
    QString database;
    QMap<QString, QString> options; // libpq connection parameters

    static Result<PostgresAddress> parse(const QString& url);
    static bool looksLikePostgres(const QString& spec);
    // The URL again, for logs and status: no password can be in it.
    QString toString() const;
    // Sets up a QPSQL connection; `password` may be empty (trust, .pgpass).
    void configure(QSqlDatabase& db, const QString& password) const;

    // The parameters a URL may carry, and why others are refused.
    static const QStringList& allowedOptions();
};

} // namespace lk
