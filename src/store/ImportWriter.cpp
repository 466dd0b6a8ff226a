#include "ImportWriter.h"

#include "BundleRowWriter.h"
#include "Log.h"
#include "PageRowWriter.h"
#include "SqlDialect.h"
#include "SqlHelpers.h"
#include "TextUtil.h"
#include "Timestamps.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <memory>

namespace scrutineer {

QString ImportWriter::actionKey(const Action& action, qint64 meetingId)
{
    const QString what = action.ref.isEmpty() ? text::normaliseForMatch(action.text).left(120) : action.ref;
    return QStringLiteral("%1|%2|%3").arg(toString(action.origin)).arg(meetingId).arg(what);
}

QString ImportWriter::indicatorKey(const QString& name, qint64 bodyId)
{
    return QStringLiteral("%1|%2").arg(bodyId).arg(text::normaliseForMatch(name));
}

struct ImportWriter::EarlyPages {
    std::unique_ptr<Transaction> transaction;
    qint64 documentId = 0;
    QByteArray sha256;
    QList<PageRecord> pages;
};

ImportWriter::ImportWriter(Database& database) : m_database(database) {}

ImportWriter::~ImportWriter() = default; // rolls back what writePagesEarly() began, if write() never came

bool ImportWriter::writePagesEarly(const QString& fileName, const QByteArray& sha256, const QList<PageRecord>& pages)
{
    if (m_early && m_early->sha256 == sha256) { // the next section's pages
        if (auto failed = PageRowWriter::write(m_database.connection(), m_early->documentId, pages)) {
            log::info(QStringLiteral("%1: pages not written ahead: %2").arg(fileName, failed->text()));
            discardEarlyPages();
            return false;
        }
        m_early->pages += pages;
        log::debug(QStringLiteral("%1: %2 more pages written ahead").arg(fileName).arg(pages.size()));
        return true;
    }
    discardEarlyPages();
    if (m_database.isServer() || sha256.isEmpty())
        return false;
    QSqlDatabase db = m_database.connection();
    auto early = std::make_unique<EarlyPages>();
    // Only if no other program is writing: this is no time to wait, write() will.
    m_database.setLockWait(0);
    early->transaction = std::make_unique<Transaction>(db, Transaction::Kind::Write);
    m_database.resetLockWait();
    if (!early->transaction->isActive())
        return false;
    QSqlQuery q(db);
    if (!sql::run(q, QStringLiteral("SELECT 1 FROM document WHERE sha256 = ?"), QString::fromLatin1(sha256)) || q.next())
        return false; // stored already (the transaction rolls back): write() says so
    // The document's row as far as it is known; write() fills in the rest.
    if (!sql::run(q,
                  QStringLiteral("INSERT INTO document(file_name, sha256, page_count, kind, imported_at) VALUES (?, ?, "
                                 "?, ?, ?) RETURNING id"),
                  fileName, QString::fromLatin1(sha256), int(pages.size()), toString(DocumentKind::Other),
                  utcTimestamp())
        || !q.next()) {
        log::info(QStringLiteral("%1: pages not written ahead: %2").arg(fileName, sql::failure(q)));
        return false;
    }
    early->documentId = q.value(0).toLongLong();
    q.finish();
    if (auto failed = PageRowWriter::write(db, early->documentId, pages)) {
        log::info(QStringLiteral("%1: pages not written ahead: %2").arg(fileName, failed->text()));
        return false;
    }
    early->sha256 = sha256;
    early->pages = pages;
    m_early = std::move(early);
    log::debug(QStringLiteral("%1: %2 pages written ahead of the rest").arg(fileName).arg(pages.size()));
    return true;
}

void ImportWriter::discardEarlyPages()
{
    m_early.reset();
}

Expected<ImportWriter::Outcome> ImportWriter::writeRest(const ImportBundle& bundle, EarlyPages& early)
{
    QSqlDatabase db = m_database.connection();
    Outcome outcome;
    if (auto failed = BundleRowWriter::write(db, bundle, m_database.userName(), early.documentId, outcome))
        return Error {Error::Code::Database, bundle.fileName, failed->message};
    if (!early.transaction->commit())
        return Error {Error::Code::Database, bundle.fileName, early.transaction->commitError().text()};
    return outcome;
}

Expected<ImportWriter::Outcome> ImportWriter::write(const ImportBundle& bundle)
{
    if (const std::unique_ptr<EarlyPages> early = std::move(m_early)) {
        if (early->sha256 == bundle.sha256 && PageRowWriter::sameRows(early->pages, bundle.pages)) {
            auto written = writeRest(bundle, *early);
            if (written)
                return written;
            log::info(QStringLiteral("%1: written again in one go after %2").arg(bundle.fileName, written.error().message));
        }
    } // what was begun early and not committed is rolled back here
    QElapsedTimer waited;
    waited.start();
    int delayMs = kFirstRetryDelayMs;
    for (int attempt = 0;; ++attempt) {
        bool lockRefused = false;
        auto result = writeOnce(bundle, lockRefused);
        if (!lockRefused)
            return result;
        // Never refused at the first attempt alone: on a busy machine that attempt may outlast the
        // bound by itself, and the user would not have been told that it waited at all.
        if (attempt > 0 && waited.elapsed() >= m_lockWaitLimitMs) {
            return Error {Error::Code::Database, bundle.fileName,
                          tr("another program kept the database locked for %1 s; nothing was written, try again")
                              .arg(waited.elapsed() / 1000)};
        }
        if (m_cancel && m_cancel->load())
            return Error {Error::Code::Cancelled, bundle.fileName,
                          tr("the import was cancelled while waiting for the database")};
        log::info(QStringLiteral("%1: the database is locked by another program; trying again in %2 ms")
                      .arg(bundle.fileName)
                      .arg(delayMs));
        if (m_waiting)
            m_waiting(waited.elapsed());
        // Backoff with jitter, so that writers refused together do not all come back together.
        const int jitteredMs = delayMs + QRandomGenerator::global()->bounded(delayMs / 2 + 1);
        QThread::msleep(static_cast<unsigned long>(jitteredMs));
        delayMs = std::min(delayMs * 2, kMaxRetryDelayMs);
    }
}

Expected<std::optional<ImportWriter::Existing>> ImportWriter::existing(const QByteArray& sha256) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::run(q, QStringLiteral("SELECT id, file_name, meeting_id FROM document WHERE sha256 = ?"),
                  QString::fromLatin1(sha256)))
        return Error {Error::Code::Database, m_database.displayName(), q.lastError().text()};
    if (!q.next())
        return std::optional<Existing>();
    return std::optional<Existing>(Existing {q.value(0).toLongLong(), q.value(2).toLongLong(), q.value(1).toString()});
}

Expected<ImportWriter::Outcome> ImportWriter::writeOnce(const ImportBundle& bundle, bool& lockRefused)
{
    QSqlDatabase db = m_database.connection();
    const SqlDialect& dialect = SqlDialect::of(db);
    Outcome outcome;
    // Wait only briefly inside the database for the write lock: the loop in write() waits
    // longer, and says so (the app tells the user it is waiting for another program).
    m_database.setLockWait(kLockAttemptMs);
    Transaction transaction(db, Transaction::Kind::Write);
    m_database.resetLockWait();
    std::optional<QSqlError> importLock;
    if (transaction.isActive()) {
        for (const QString& statement : dialect.lockForImport(kLockAttemptMs)) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                importLock = q.lastError();
                break;
            }
        }
    }
    if (!transaction.isActive()) {
        lockRefused = transaction.lockRefused();
        return Error {Error::Code::Database, bundle.fileName,
                      tr("cannot start a transaction: %1").arg(transaction.beginError().text())};
    }
    if (importLock) {
        lockRefused = dialect.isLockError(*importLock);
        return Error {Error::Code::Database, bundle.fileName,
                      tr("cannot start a transaction: %1").arg(importLock->text())};
    }
    // The SHA-256 is checked under the write lock: of two programs importing the same file at
    // once, the second finds the first's document and skips it rather than colliding with it.
    {
        QSqlQuery q(db);
        if (!sql::run(q, QStringLiteral("SELECT id, file_name, meeting_id FROM document WHERE sha256 = ?"),
                      QString::fromLatin1(bundle.sha256))) {
            lockRefused = dialect.isLockError(q.lastError());
            return Error {Error::Code::Database, bundle.fileName,
                          tr("the database refused the import: %1").arg(q.lastError().text())};
        }
        if (q.next()) {
            outcome.status = Outcome::Status::AlreadyImported;
            outcome.documentId = q.value(0).toLongLong();
            outcome.existingFile = q.value(1).toString();
            outcome.meetingId = q.value(2).toLongLong();
            return outcome; // the transaction rolls back: nothing was written
        }
    }
    if (auto failed = BundleRowWriter::write(db, bundle, m_database.userName(), 0, outcome)) {
        lockRefused = failed->lock;
        log::error(QStringLiteral("import of %1 rolled back: %2").arg(bundle.fileName, failed->message));
        return Error {Error::Code::Database, bundle.fileName,
                      tr("the database refused the import: %1").arg(failed->message)};
    }
    if (!transaction.commit()) {
        lockRefused = dialect.isLockError(transaction.commitError());
        return Error {Error::Code::Database, bundle.fileName,
                      tr("the import could not be committed: %1").arg(transaction.commitError().text())};
    }
    return outcome;
}

} // namespace scrutineer
