#include "ha/HaCheck.h"

#include "util/EnumNames.h"

using namespace Qt::StringLiterals;

namespace lk {

QString HaCheck::statusName(Status s) {
    static const EnumNames<Status> kNames{
        {Status::Pass, u"pass"_s},
        {Status::Warn, u"warn"_s},
        {Status::Fail, u"fail"_s},
    };
    return kNames.name(s);
}

} // namespace lk
