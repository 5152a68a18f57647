#pragma once

#include "console/HealthAssessment.h"

#include <QFrame>

class QLabel;

namespace lk {

// The one line at the top of the console that says whether all is well.
class HealthBanner final : public QFrame {
    Q_OBJECT

public:
    explicit HealthBanner(QWidget* parent = nullptr);

    void show(HealthAssessment::Level level, const QString& text);
    HealthAssessment::Level level() const { return m_level; }
    QString text() const;

private:
    QLabel* m_icon;
    QLabel* m_text;
    HealthAssessment::Level m_level = HealthAssessment::Level::Unknown;
};

} // namespace lk
