#pragma once

#include "wire/LicenseFitAnswer.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace lk {

class NodeClient;
class Prompts;
class TableExport;

// "Would this license have held?": the node replays its recorded leases of
// the last days against a license file (a renewal offer, a smaller tier);
// the dialog shows each type's peak against the license's limits and every
// start it would have refused. Only reads, so it works with a viewer token.
class LicenseFitDialog final : public QDialog {
    Q_OBJECT

public:
    LicenseFitDialog(NodeClient& client, Prompts& prompts, QByteArray licenseFile, const QString& fileName,
                     QWidget* parent = nullptr);

    // Asks the node again for the days chosen.
    void check();
    QString summary() const;
    bool isChecking() const { return m_checking; }

Q_SIGNALS:
    void checked();

private:
    void present(const wire::LicenseFitAnswer& answer);
    void showTypes(const QList<FitTypeReport>& types);
    void showRefusals(const QList<FitRefusal>& refusals);
    void showSummary(bool ok, const QString& text);

    NodeClient& m_client;
    QByteArray m_licenseFile;
    QSpinBox* m_days;
    QPushButton* m_check;
    QPushButton* m_export;
    QLabel* m_summary;
    QTableWidget* m_types;
    QTableWidget* m_refusals;
    TableExport* m_csv;
    bool m_checking = false;
};

} // namespace lk
