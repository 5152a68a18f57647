#include "window/AppIcon.h"

#include <QImageReader>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must be used outside a namespace; lkui is a static library,
// so the icon resource is registered explicitly before its first use.
static void initAppIconResource() {
    Q_INIT_RESOURCE(leasekeeper);
}

namespace lk {

QIcon appIcon() {
    static const bool registered = (initAppIconResource(), true);
    Q_UNUSED(registered);
    QIcon icon;
    if (QImageReader::supportedImageFormats().contains("svg")) {
        icon.addFile(u":/icons/leasekeeper.svg"_s);
    }
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        icon.addFile(u":/icons/leasekeeper-%1.png"_s.arg(size), QSize(size, size));
    }
    return icon;
}

} // namespace lk
