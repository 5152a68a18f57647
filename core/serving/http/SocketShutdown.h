#pragma once

#include <QtGlobal>

namespace lk {

// Half-closes a connected TCP socket: our side will send nothing more (the
// peer reads end of stream) but can still read what the peer sends. Qt has
// no call for it. Platform parts: SocketShutdown_posix.cpp (shutdown(2)),
// SocketShutdown_win.cpp (Winsock shutdown).
class SocketShutdown {
public:
    // Returns false when the system refused (the socket is then left as it was).
    static bool sending(qintptr descriptor);
};

} // namespace lk
