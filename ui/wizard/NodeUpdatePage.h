#pragma once

#include "wizard/CheckedStepPage.h"

class QCheckBox;
class QLabel;

namespace lk {

class NodeWatch;

// One node's turn in a node-by-node update: what to do on its host, a live
// line that says when the node went down and came back (and with which
// version), and the pair's checks once it is back. Next waits for both.
class NodeUpdatePage final : public CheckedStepPage {
    Q_OBJECT

public:
    NodeUpdatePage(const QString& title, const QString& explanation, QStringList checkIds, Runner runner,
                   NodeWatch& watch, QString nodeLabel, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    QString state() const;

private:
    void observed();

    NodeWatch& m_watch;
    QString m_nodeLabel;
    QLabel* m_state;
    QCheckBox* m_alreadyUpdated;
    bool m_wasRestarted = false;
};

} // namespace lk
