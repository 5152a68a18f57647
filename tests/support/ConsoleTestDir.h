// The folder a console test keeps everything in: the data folders of the
// nodes its sessions run, and the console's settings.
#pragma once

#include "TestServer.h"
#include "console/ConsoleOptions.h"

#include <QHostAddress>
#include <QTemporaryDir>

namespace lk::test {

class ConsoleTestDir {
public:
    // Settings of our own: never the user's, nor another test's running in
    // parallel. Nor the user's keychain: remembering a remote token must fail
    // quietly here. Call once, before the first session.
    void isolate() const {
        qputenv("XDG_CONFIG_HOME", filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/leasekeeper-test-bus");
    }

    // A session serving its own node from the folder `name`, on an ephemeral
    // port of 127.0.0.1.
    ConsoleOptions localOptions(const QString& name) const {
        ConsoleOptions options;
        options.dataDir = filePath(name);
        options.port = 0;
        options.bind = QHostAddress::LocalHost;
        return options;
    }

    // A session opening the connection profile `profile` saved in the data
    // folder `name`.
    ConsoleOptions profileOptions(const QString& name, const QString& profile) const {
        ConsoleOptions options;
        options.dataDir = filePath(name);
        options.localServer = false;
        options.profileName = profile;
        return options;
    }

    // A session without a node of its own, watching `node` with its admin token.
    static ConsoleOptions remoteOptions(const TestServer& node) {
        ConsoleOptions options;
        options.localServer = false;
        options.connectUrl = QUrl(node.url());
        options.tokenFile = node.config.adminTokenPath;
        return options;
    }

    QString filePath(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace lk::test
