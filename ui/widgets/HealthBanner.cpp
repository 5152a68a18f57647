#include "widgets/HealthBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace lk {

HealthBanner::HealthBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this)) {
    setObjectName(u"healthBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(u"healthText"_s);
    setAccessibleName(tr("License Manager health"));
    show(HealthAssessment::Level::Unknown, tr("Contacting the License Manager..."));
}

QString HealthBanner::text() const {
    return m_text->text();
}

void HealthBanner::show(HealthAssessment::Level level, const QString& text) {
    m_level = level;
    m_text->setText(text);
    m_text->setAccessibleDescription(text);
    // Traffic-light colours are the one place the console departs from the
    // platform palette: an administrator must see the state from across the room.
    struct Look {
        QStyle::StandardPixmap icon;
        const char16_t* background;
        const char16_t* border;
    };
    Look look{QStyle::SP_MessageBoxInformation, u"#eef2f7", u"#c5d0de"};
    switch (level) {
    case HealthAssessment::Level::Good:
        look = {QStyle::SP_DialogApplyButton, u"#e6f4ea", u"#9ccfa9"};
        break;
    case HealthAssessment::Level::Degraded:
        look = {QStyle::SP_MessageBoxWarning, u"#fff4e0", u"#f0c36d"};
        break;
    case HealthAssessment::Level::Down:
        look = {QStyle::SP_MessageBoxCritical, u"#fdecea", u"#f1a9a0"};
        break;
    case HealthAssessment::Level::Unknown:
        break;
    }
    m_icon->setPixmap(style()->standardIcon(look.icon).pixmap(24, 24));
    setStyleSheet(u"#healthBanner { background: %1; border: 1px solid %2; border-radius: 6px; }"
                  u" #healthText { color: #1f2328; font-weight: 600; }"_s.arg(QStringView(look.background),
                                                                              QStringView(look.border)));
}

} // namespace lk
