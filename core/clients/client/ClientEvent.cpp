#include "client/ClientEvent.h"

#include "util/EnumNames.h"

using namespace Qt::StringLiterals;

namespace lk {

QString ClientEvent::kindName(Kind kind) {
    static const EnumNames<Kind> kNames{
        {Kind::Licensed, u"licensed"_s}, {Kind::Renewed, u"renewed"_s},
        {Kind::Grace, u"grace"_s},       {Kind::Recovered, u"recovered"_s},
        {Kind::Denied, u"denied"_s},     {Kind::Unreachable, u"unreachable"_s},
        {Kind::Shutdown, u"shutdown"_s}, {Kind::Released, u"released"_s},
    };
    return kNames.name(kind);
}

} // namespace lk
