#include "client/ClientEvent.h"

using namespace Qt::StringLiterals;

namespace lk {

QString ClientEvent::kindName(Kind kind) {
    switch (kind) {
    case Kind::Licensed:
        return u"licensed"_s;
    case Kind::Renewed:
        return u"renewed"_s;
    case Kind::Grace:
        return u"grace"_s;
    case Kind::Recovered:
        return u"recovered"_s;
    case Kind::Denied:
        return u"denied"_s;
    case Kind::Unreachable:
        return u"unreachable"_s;
    case Kind::Shutdown:
        return u"shutdown"_s;
    case Kind::Released:
        return u"released"_s;
    }
    return {};
}

} // namespace lk
