// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeCapture.h"

#include "SqliteSession.h"

#include <QCoreApplication>

namespace csc {

namespace {

int tableFilter(void* context, const char* table)
{
    const auto* captured = static_cast<const QStringList*>(context);
    return captured->contains(QString::fromUtf8(table)) ? 1 : 0;
}

Error sessionError(int rc)
{
    return Error { QCoreApplication::translate(
                       "csc::ChangeCapture",
                       "Your changes could not be recorded for sending back."),
                   QString::fromUtf8(sqlite3_errstr(rc)) };
}

} // namespace

ChangeCapture::ChangeCapture(sqlite3* handle, QStringList capturedTables)
    : m_handle(handle)
    , m_captured(std::move(capturedTables))
{
    start();
}

ChangeCapture::~ChangeCapture()
{
    if (m_session)
        sqlite3session_delete(m_session);
}

bool ChangeCapture::start()
{
    int rc = sqlite3session_create(m_handle, "main", &m_session);
    if (rc == SQLITE_OK) {
        sqlite3session_table_filter(m_session, &tableFilter, &m_captured);
        rc = sqlite3session_attach(m_session, nullptr);
    }
    if (rc != SQLITE_OK) {
        m_error = sessionError(rc);
        if (m_session)
            sqlite3session_delete(m_session);
        m_session = nullptr;
        return false;
    }
    return true;
}

Result<QByteArray> ChangeCapture::takeChangeset()
{
    if (!m_session)
        return m_error;
    int size = 0;
    void* data = nullptr;
    const int rc = sqlite3session_changeset(m_session, &size, &data);
    if (rc != SQLITE_OK)
        return sessionError(rc);
    QByteArray changeset(static_cast<const char*>(data), size);
    sqlite3_free(data);
    sqlite3session_delete(m_session);
    m_session = nullptr;
    if (!start())
        return m_error;
    return changeset;
}

Result<QByteArray> ChangeCapture::combine(const QList<QByteArray>& changesets)
{
    sqlite3_changegroup* group = nullptr;
    int rc = sqlite3changegroup_new(&group);
    for (const QByteArray& c : changesets) {
        if (rc != SQLITE_OK)
            break;
        if (!c.isEmpty())
            rc = sqlite3changegroup_add(group, int(c.size()), const_cast<char*>(c.constData()));
    }
    QByteArray combined;
    if (rc == SQLITE_OK) {
        int size = 0;
        void* data = nullptr;
        rc = sqlite3changegroup_output(group, &size, &data);
        if (rc == SQLITE_OK)
            combined = QByteArray(static_cast<const char*>(data), size);
        sqlite3_free(data);
    }
    sqlite3changegroup_delete(group);
    if (rc != SQLITE_OK)
        return sessionError(rc);
    return combined;
}

} // namespace csc
