#include "ha/HaCheck.h"

using namespace Qt::StringLiterals;

namespace lk {

QString HaCheck::statusName(Status s) {
    switch (s) {
    case Status::Pass:
        return u"pass"_s;
    case Status::Warn:
        return u"warn"_s;
    case Status::Fail:
        break;
    }
    return u"fail"_s;
}

} // namespace lk
