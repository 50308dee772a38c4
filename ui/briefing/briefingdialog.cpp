// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingdialog.h"

#include "briefingpreview.h"

#include "models/eventfilterproxy.h"
#include "project/projectsession.h"
#include "store/projectstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Sitrep {
namespace {

const std::pair<BriefingOptions::Section, const char *> sectionNames[] {
    {BriefingOptions::KeyFigures, QT_TRANSLATE_NOOP("BriefingDialog", "Key figures")},
    {BriefingOptions::Timeline, QT_TRANSLATE_NOOP("BriefingDialog", "Timeline chart")},
    {BriefingOptions::Map, QT_TRANSLATE_NOOP("BriefingDialog", "Map")},
    {BriefingOptions::Chronology, QT_TRANSLATE_NOOP("BriefingDialog", "Chronology")},
    {BriefingOptions::SourceAnnex, QT_TRANSLATE_NOOP("BriefingDialog", "Source annex")},
    {BriefingOptions::Method, QT_TRANSLATE_NOOP("BriefingDialog", "Method and caveats")},
};

QString pageCount(int pages)
{
    return pages == 1 ? BriefingDialog::tr("1 page") : BriefingDialog::tr("%1 pages").arg(pages);
}

} // namespace

BriefingDialog::BriefingDialog(ProjectSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_title(new QLineEdit(this))
    , m_author(new QLineEdit(this))
    , m_limitPeriod(new QCheckBox(tr("Only events in the period"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_pageSize(new QComboBox(this))
    , m_preview(new BriefingPreview(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("Export Briefing"));
    m_title->setPlaceholderText(tr("Situation briefing"));
    m_author->setPlaceholderText(tr("Person or organisation (optional)"));

    // The period defaults to the filter's date range, or to the span of the events shown.
    const EventFilterProxy *proxy = session->filteredEvents();
    QDate first = proxy->from();
    QDate last = proxy->to();
    for (const ProjectSession::ShownEvent &shown : session->shownEvents()) {
        if (!shown.event->isDated())
            continue;
        if (!proxy->from().isValid() && (!first.isValid() || shown.event->date.start < first))
            first = shown.event->date.start;
        if (!proxy->to().isValid() && (!last.isValid() || shown.event->date.end > last))
            last = shown.event->date.end;
    }
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setDate(first.isValid() ? first : QDate::currentDate());
    m_to->setDate(last.isValid() ? last : QDate::currentDate());
    m_limitPeriod->setChecked(proxy->from().isValid() || proxy->to().isValid());
    const auto enablePeriod = [this] {
        m_from->setEnabled(m_limitPeriod->isChecked());
        m_to->setEnabled(m_limitPeriod->isChecked());
    };
    connect(m_limitPeriod, &QCheckBox::toggled, this, enablePeriod);
    enablePeriod();

    m_pageSize->addItem(tr("A4"), int(BriefingOptions::PageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(BriefingOptions::PageSize::Letter));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(m_limitPeriod);
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    form->addRow(tr("Period:"), period);
    form->addRow(tr("Page &size:"), m_pageSize);
    auto *sections = new QGroupBox(tr("Sections"), this);
    auto *sectionLayout = new QVBoxLayout(sections);
    for (const auto &[section, name] : sectionNames) {
        auto *box = new QCheckBox(tr(name), sections);
        box->setChecked(true);
        sectionLayout->addWidget(box);
        m_sections.insert(section, box);
    }
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(sections);
    left->addStretch();

    m_preview->setMinimumSize(500, 560);

    auto *top = new QHBoxLayout;
    top->addLayout(left, 0);
    top->addWidget(m_preview, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_previewButton = buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    m_saveButton = buttons->addButton(tr("&Save PDF…"), QDialogButtonBox::AcceptRole);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setEnabled(false);
    connect(m_previewButton, &QPushButton::clicked, this, &BriefingDialog::preview);
    connect(m_saveButton, &QPushButton::clicked, this, &BriefingDialog::saveAs);
    connect(m_cancelButton, &QPushButton::clicked, &m_job, &BriefingJob::cancel);
    connect(buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::reject);

    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    connect(&m_job, &BriefingJob::progressed, m_progress, &QProgressBar::setValue);
    connect(&m_job, &BriefingJob::finished, this, &BriefingDialog::finish);
    const int shown = int(session->shownEvents().size());
    m_status->setText(shown == 1 ? tr("The briefing covers the one event the filter shows.")
                                 : tr("The briefing covers the %1 events the filter shows.").arg(shown));
}

BriefingOptions BriefingDialog::options() const
{
    BriefingOptions options;
    options.title = m_title->text();
    options.author = m_author->text();
    if (m_limitPeriod->isChecked()) {
        options.filter.from = m_from->date();
        options.filter.to = m_to->date();
    }
    options.sections = 0;
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        if (it.value()->isChecked())
            options.sections |= it.key();
    }
    options.pageSize = BriefingOptions::PageSize(m_pageSize->currentData().toInt());
    return options;
}

Expected<BriefingData> BriefingDialog::data() const
{
    if (!m_session->store())
        return makeError(Error::Kind::NotFound, {}, tr("No project is open."));
    QList<Event> events;
    for (const ProjectSession::ShownEvent &shown : m_session->shownEvents())
        events.append(*shown.event);
    if (events.isEmpty())
        return makeError(Error::Kind::InvalidContent, {},
                         tr("The filter shows no events: there is nothing to brief. Import articles or clear the "
                            "filters first."));
    const BriefingOptions chosen = options();
    return BriefingData::fromEvents(*m_session->store(), std::move(events), chosen.filter.from, chosen.filter.to);
}

void BriefingDialog::preview()
{
    start(true);
}

void BriefingDialog::saveAs()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = options().effectiveTitle();
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Briefing"), QDir(folder).filePath(name + u".pdf"),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        saveTo(path);
}

void BriefingDialog::saveTo(const QString &path)
{
    start(false, path);
}

void BriefingDialog::start(bool isPreview, const QString &path)
{
    auto gathered = data();
    if (!gathered) {
        m_status->setText(gathered.error().message);
        if (!isPreview)
            QMessageBox::warning(this, tr("Export Briefing"), gathered.error().message);
        return;
    }
    const bool started =
        isPreview ? m_job.preview(std::move(*gathered), options()) : m_job.save(std::move(*gathered), options(), path);
    if (!started)
        return;
    m_status->setText(isPreview ? tr("Laying out the pages…") : tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    setBusy(true);
}

void BriefingDialog::finish(const BriefingJob::Outcome &outcome)
{
    setBusy(false);
    if (outcome.cancelled) {
        m_status->setText(tr("Cancelled."));
        return;
    }
    if (!outcome.error.isEmpty()) {
        m_status->setText(outcome.error);
        QMessageBox::warning(this, tr("Export Briefing"), outcome.error);
        return;
    }
    if (!outcome.savedTo.isEmpty()) {
        m_status->setText(
            tr("Saved %1 to %2.").arg(pageCount(outcome.pages), QDir::toNativeSeparators(outcome.savedTo)));
        Q_EMIT saved(outcome.savedTo, outcome.pages);
        return;
    }
    auto pages = PdfPages::load(outcome.pdf);
    if (!pages) {
        m_preview->clear();
        m_status->setText(pages.error().toString());
        return;
    }
    m_preview->setPages(std::move(*pages));
    m_status->setText(tr("Preview: %1.").arg(pageCount(outcome.pages)));
}

void BriefingDialog::setBusy(bool busy)
{
    m_progress->setValue(0);
    m_progress->setVisible(busy);
    m_previewButton->setEnabled(!busy);
    m_saveButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
}

} // namespace Sitrep
