#include "server/PolicyFile.h"

namespace lk {

PolicyFile::PolicyFile(QString path, QObject* parent)
    : QObject(parent)
    , m_file(std::move(path)) {
    connect(&m_file, &WatchedFile::changed, this, &PolicyFile::changed);
}

Result<std::shared_ptr<const GroupPolicy>> PolicyFile::load() {
    m_file.read();
    auto policy = GroupPolicy::fromFile(m_file.path());
    if (!policy)
        return policy.error();
    return std::make_shared<const GroupPolicy>(std::move(policy).value());
}

} // namespace lk
