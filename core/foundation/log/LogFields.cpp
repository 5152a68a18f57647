#include "log/LogFields.h"

namespace lk {

namespace {
thread_local const LogFields* t_current = nullptr;
}

const LogFields* LogFields::current() {
    return t_current;
}

ScopedLogFields::ScopedLogFields(const LogFields& fields)
    : m_previous(t_current) {
    t_current = &fields;
}

ScopedLogFields::~ScopedLogFields() {
    t_current = m_previous;
}

} // namespace lk
