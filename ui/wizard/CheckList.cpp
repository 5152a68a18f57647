#include "wizard/CheckList.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lk {

CheckList::CheckList(QWidget* parent)
    : QWidget(parent)
    , m_rows(new QVBoxLayout(this)) {
    setObjectName(u"checkList"_s);
    setAccessibleName(tr("Checks"));
    m_rows->setContentsMargins(0, 0, 0, 0);
}

void CheckList::clearRows() {
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        if (QLayout* row = item->layout()) {
            while (QLayoutItem* cell = row->takeAt(0)) {
                delete cell->widget();
                delete cell;
            }
        }
        delete item->widget();
        delete item;
    }
}

void CheckList::setChecking() {
    clearRows();
    m_checks.clear();
    auto* label = new QLabel(tr("Checking..."), this);
    m_rows->addWidget(label);
    setAccessibleDescription(label->text());
}

bool CheckList::anyFailed() const {
    return std::any_of(m_checks.cbegin(), m_checks.cend(),
                       [](const HaCheck& c) { return c.status == HaCheck::Status::Fail; });
}

void CheckList::setChecks(const QList<HaCheck>& checks) {
    clearRows();
    m_checks = checks;
    for (const HaCheck& check : checks) {
        const QStyle::StandardPixmap icon =
            check.status == HaCheck::Status::Pass   ? QStyle::SP_DialogApplyButton
            : check.status == HaCheck::Status::Warn ? QStyle::SP_MessageBoxWarning
                                                    : QStyle::SP_MessageBoxCritical;
        auto* row = new QHBoxLayout;
        auto* iconLabel = new QLabel(this);
        iconLabel->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
        iconLabel->setAlignment(Qt::AlignTop);
        auto* text = new QLabel(this);
        text->setObjectName(u"check_"_s + check.id);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setText(check.hint.isEmpty() || check.status == HaCheck::Status::Pass
                          ? check.message
                          : tr("%1\nWhat to do: %2").arg(check.message, check.hint));
        text->setAccessibleName(HaCheck::statusName(check.status));
        row->addWidget(iconLabel);
        row->addWidget(text, 1);
        m_rows->addLayout(row);
    }
    setAccessibleDescription(text());
}

QString CheckList::text() const {
    QStringList lines;
    for (const HaCheck& check : m_checks)
        lines << u"%1 %2: %3 %4"_s.arg(HaCheck::statusName(check.status), check.id, check.message,
                                       check.hint);
    return lines.join(u'\n');
}

} // namespace lk
