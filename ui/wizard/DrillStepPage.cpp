#include "wizard/DrillStepPage.h"

#include "ha/FailoverDrill.h"
#include "window/Prompts.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lk {

DrillStepPage::DrillStepPage(QNetworkAccessManager& network, QByteArray primaryToken, Prompts& prompts,
                             QWidget* parent)
    : QWizardPage(parent)
    , m_network(network)
    , m_primaryToken(std::move(primaryToken))
    , m_prompts(prompts)
    , m_run(new QPushButton(tr("&Run the drill..."), this))
    , m_log(new QPlainTextEdit(this))
    , m_result(new QLabel(this)) {
    setTitle(tr("Failover drill (optional)"));
    auto* text =
        new QLabel(tr("Rehearse a failover before you need one: the primary goes into maintenance, the "
                      "load balancer should move traffic to the secondary within a few seconds without "
                      "a failed request, and traffic returns when maintenance ends. Components keep "
                      "running throughout. You can skip this step."),
                   this);
    text->setWordWrap(true);
    m_run->setObjectName(u"runDrill"_s);
    m_log->setObjectName(u"drillLog"_s);
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Drill progress"));
    m_result->setObjectName(u"drillResult"_s);
    m_result->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_run, 0, Qt::AlignLeft);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_result);
    connect(m_run, &QPushButton::clicked, this, &DrillStepPage::runDrill);
}

DrillStepPage::~DrillStepPage() = default;

bool DrillStepPage::isComplete() const {
    return !m_drill;
} // not while the drill runs

QString DrillStepPage::log() const {
    return m_log->toPlainText() + u'\n' + m_result->text();
}

void DrillStepPage::say(const QString& line) {
    m_log->appendPlainText(line);
}

void DrillStepPage::nodeNames(std::function<void(const QString&, const QString&)> done) {
    // Each node names itself in /api/v1/time; the drill recognises them by it.
    auto names = std::make_shared<QStringList>(QStringList{QString(), QString()});
    auto pending = std::make_shared<int>(2);
    const QList<QUrl> nodes{QUrl(field(u"primaryUrl"_s).toString()),
                            QUrl(field(u"secondaryUrl"_s).toString())};
    for (int i = 0; i < 2; ++i) {
        QNetworkRequest request(nodes.at(i).resolved(QUrl(u"/api/v1/time"_s)));
        request.setTransferTimeout(3000);
        QNetworkReply* reply = m_network.get(request);
        connect(reply, &QNetworkReply::finished, this, [reply, names, pending, i, done] {
            reply->deleteLater();
            (*names)[i] = QJsonDocument::fromJson(reply->readAll()).object().value(u"node"_s).toString();
            if (--*pending == 0)
                done(names->at(0), names->at(1));
        });
    }
}

void DrillStepPage::runDrill() {
    if (m_drill)
        return;
    if (!m_prompts.confirm(this, tr("Failover drill"),
                           tr("Put the primary %1 in maintenance now? The load balancer moves traffic to the "
                              "secondary; maintenance ends by itself when the drill finishes.")
                               .arg(field(u"primaryUrl"_s).toString())))
        return;
    m_log->clear();
    m_result->clear();
    m_run->setEnabled(false);
    say(tr("Asking both nodes for their names..."));
    nodeNames([this](const QString& primary, const QString& secondary) {
        if (primary.isEmpty() || secondary.isEmpty()) {
            m_result->setText(
                tr("Both nodes must answer before the drill can start; check their addresses."));
            m_run->setEnabled(true);
            return Q_EMIT drillFinished(false);
        }
        FailoverDrill::Setup setup;
        setup.primary = QUrl(field(u"primaryUrl"_s).toString());
        setup.loadBalancer = QUrl(field(u"lbUrl"_s).toString());
        setup.primaryToken = m_primaryToken;
        setup.primaryNode = primary;
        setup.secondaryNode = secondary;
        m_drill = std::make_unique<FailoverDrill>(m_network, setup);
        connect(m_drill.get(), &FailoverDrill::progress, this, &DrillStepPage::say);
        connect(m_drill.get(), &FailoverDrill::finished, this, [this](bool ok) {
            const DrillReport report = m_drill->report();
            m_result->setText(
                ok ? tr("Traffic moved to the secondary after %1 ms and returned after %2 ms; %3 of "
                        "%4 requests through the load balancer failed.")
                         .arg(report.movedAfterMs)
                         .arg(report.returnedAfterMs)
                         .arg(report.failed)
                         .arg(report.requests)
                   : tr("The drill stopped: %1").arg(m_drill->error()));
            m_drill.release()->deleteLater();
            m_run->setEnabled(true);
            Q_EMIT completeChanged();
            Q_EMIT drillFinished(ok);
        });
        Q_EMIT completeChanged();
        m_drill->start();
    });
}

} // namespace lk
