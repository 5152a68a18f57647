#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace lk {

// Reads the admin token from its file, the one way every part does it (the
// server, leasekeeper-ctl, the HA checks, the console): the whole file with
// surrounding white space removed, 16 to 4096 bytes. Error code
// "admin_token"; the message names the file and what to fix, never the token.
Result<QByteArray> readAdminToken(const QString& path);

} // namespace lk
