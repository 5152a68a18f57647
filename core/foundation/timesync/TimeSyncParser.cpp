#include "timesync/TimeSyncParser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lk {

QString TimeSyncParser::field(const QString& output, const QString& key) {
    const QRegularExpression line(u"^\\s*"_s + QRegularExpression::escape(key) + u"\\s*:(.*)$"_s,
                                  QRegularExpression::MultilineOption |
                                      QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = line.match(output);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

std::optional<TimeSync> TimeSyncParser::timedatectl(int exitCode, const QString& output) {
    const QString value = output.trimmed().toLower();
    if (exitCode != 0 || (value != u"yes"_s && value != u"no"_s))
        return std::nullopt;
    TimeSync sync;
    sync.source = u"timedatectl"_s;
    sync.synchronized = value == u"yes"_s;
    sync.detail = *sync.synchronized
                      ? tr("the system clock is synchronized (timedatectl: NTPSynchronized=yes)")
                      : tr("the system clock is not synchronized (timedatectl: NTPSynchronized=no); enable "
                           "NTP with 'timedatectl set-ntp true' or install chrony");
    return sync;
}

std::optional<TimeSync> TimeSyncParser::chrony(int exitCode, const QString& output) {
    const QString leap = field(output, u"Leap status"_s);
    if (exitCode != 0 || leap.isEmpty())
        return std::nullopt;
    TimeSync sync;
    sync.source = u"chrony"_s;
    // "Normal", "Insert second" and "Delete second" all mean chrony follows
    // its sources (the last two announce a leap second); only
    // "Not synchronised" means it does not.
    const bool synced = !leap.startsWith(u"Not"_s, Qt::CaseInsensitive);
    sync.synchronized = synced;
    const QString reference = field(output, u"Reference ID"_s);
    const QString systemTime = field(output, u"System time"_s);
    sync.detail = synced
                      ? tr("chrony is synchronized (reference %1; system time %2)").arg(reference, systemTime)
                      : tr("chrony is running but not synchronized (leap status: %1); check its sources "
                           "with 'chronyc sources'")
                            .arg(leap);
    return sync;
}

std::optional<TimeSync> TimeSyncParser::w32tm(int exitCode, const QString& output) {
    const QString leap = field(output, u"Leap Indicator"_s);
    const QString source = field(output, u"Source"_s);
    if (exitCode != 0 || leap.isEmpty() || source.isEmpty())
        return std::nullopt;
    TimeSync sync;
    sync.source = u"w32tm"_s;
    // Leap indicator 3 is NTP's "clock not synchronised"; a local or
    // free-running clock as the source means Windows Time has no server.
    const bool unsynced = leap.startsWith(u'3') ||
                          source.contains(u"Local CMOS Clock"_s, Qt::CaseInsensitive) ||
                          source.contains(u"Free-running"_s, Qt::CaseInsensitive);
    sync.synchronized = !unsynced;
    sync.detail = unsynced ? tr("Windows Time is not synchronized (source: %1); turn on Settings > Time & "
                                "language > Synchronize your clock, or run 'w32tm /resync'")
                                 .arg(source)
                           : tr("Windows Time is synchronized with %1 (last sync: %2)")
                                 .arg(source, field(output, u"Last Successful Sync Time"_s));
    return sync;
}

} // namespace lk
