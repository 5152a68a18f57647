#pragma once

#include <QIcon>

namespace lk {

// The LeaseKeeper application icon (a key in a shield), from the embedded
// resources: the SVG where Qt can render it, and PNG renders of it at 16-256 px.
QIcon appIcon();

} // namespace lk
