#include "http/SocketShutdown.h"

#include <winsock2.h>

namespace lk {

bool SocketShutdown::sending(qintptr descriptor) {
    return ::shutdown(SOCKET(descriptor), SD_SEND) == 0;
}

} // namespace lk
