#include "timesync/TimeSyncCommand.h"

#include "timesync/TimeSyncParser.h"

using namespace Qt::StringLiterals;

namespace lk {

QList<TimeSyncCommand> TimeSyncCommand::forThisPlatform() {
#ifdef Q_OS_WIN
    return {{u"w32tm"_s, {u"/query"_s, u"/status"_s}, &TimeSyncParser::w32tm}};
#else
    return {{u"timedatectl"_s,
             {u"show"_s, u"-p"_s, u"NTPSynchronized"_s, u"--value"_s},
             &TimeSyncParser::timedatectl},
            {u"chronyc"_s, {u"tracking"_s}, &TimeSyncParser::chrony}};
#endif
}

} // namespace lk
