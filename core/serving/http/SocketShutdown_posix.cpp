#include "http/SocketShutdown.h"

#include <sys/socket.h>

namespace lk {

bool SocketShutdown::sending(qintptr descriptor) {
    return ::shutdown(int(descriptor), SHUT_WR) == 0;
}

} // namespace lk
