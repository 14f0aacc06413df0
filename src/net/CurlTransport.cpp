#include "CurlTransport.h"

#include "NetLogging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QMutexLocker>
#include <curl/curl.h>
#include <mutex>

struct CurlTransport::Job
{
    quint64 id = 0;
    HttpRequest request;
    QObject* context = nullptr;
    Callback done;
    QMetaObject::Connection destroyedConnection;
    QElapsedTimer timer;
    QString refusal; // non-empty: not sent
    // Worker-thread only:
    CURL* easy = nullptr;
    curl_slist* headers = nullptr;
    QByteArray body;
    bool tooLarge = false;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    ~Job()
    {
        if (easy) {
            curl_easy_cleanup(easy);
        }
        if (headers) {
            curl_slist_free_all(headers);
        }
    }
};

namespace {

size_t writeCallback(char* ptr, size_t size, size_t count, void* userData)
{
    auto* job = static_cast<CurlTransport::Job*>(userData);
    const size_t n = size * count;
    if (job->body.size() + qint64(n) > job->request.maxResponseBytes) {
        job->tooLarge = true;
        return 0; // aborts the transfer with CURLE_WRITE_ERROR
    }
    job->body.append(ptr, qsizetype(n));
    return n;
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

bool isTlsError(CURLcode code)
{
    switch (code) {
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CLIENTCERT:
        return true;
    default:
        return false;
    }
}

} // namespace

QString HttpResponse::errorKey(Error e)
{
    switch (e) {
    case Error::None:
        return QStringLiteral("none");
    case Error::Refused:
        return QStringLiteral("refused");
    case Error::ConnectFailed:
        return QStringLiteral("connect-failed");
    case Error::ConnectTimeout:
        return QStringLiteral("connect-timeout");
    case Error::Timeout:
        return QStringLiteral("timeout");
    case Error::Tls:
        return QStringLiteral("tls");
    case Error::TooLarge:
        return QStringLiteral("too-large");
    case Error::Cancelled:
        return QStringLiteral("cancelled");
    case Error::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

CurlTransport::CurlTransport()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    qRegisterMetaType<HttpResponse>();
    m_multi = curl_multi_init();
    curl_multi_setopt(static_cast<CURLM*>(m_multi), CURLMOPT_PIPELINING, long(CURLPIPE_MULTIPLEX));
    m_thread = std::thread([this] { workerLoop(); });
}

CurlTransport::~CurlTransport()
{
    {
        QMutexLocker lock(&m_mutex);
        for (const auto& job : std::as_const(m_jobs)) {
            QObject::disconnect(job->destroyedConnection);
        }
        m_jobs.clear();
    }
    m_stop = true;
    curl_multi_wakeup(static_cast<CURLM*>(m_multi));
    if (m_thread.joinable()) {
        m_thread.join();
    }
    curl_multi_cleanup(static_cast<CURLM*>(m_multi));
}

CurlTransport& CurlTransport::shared()
{
    static CurlTransport transport;
    return transport;
}

bool CurlTransport::isAllowedUrl(const QUrl& url, QString* why)
{
    auto fail = [why](const QString& text) {
        if (why) {
            *why = text;
        }
        return false;
    };
    if (!url.isValid() || url.host().isEmpty()) {
        return fail(CurlTransport::tr("'%1' is not a valid URL").arg(url.toDisplayString()));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        return true;
    }
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host())) {
            return true;
        }
        return fail(CurlTransport::tr("plain http:// is refused for %1: patient data is only sent over https "
                                      "(http:// is allowed to this computer only)")
                        .arg(url.host()));
    }
    return fail(CurlTransport::tr("unsupported URL scheme '%1' (https:// only)").arg(url.scheme()));
}

QString CurlTransport::libraryVersion()
{
    return QString::fromLatin1(curl_version());
}

int CurlTransport::pendingCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_jobs.size());
}

quint64 CurlTransport::send(const HttpRequest& request, QObject* context, Callback done)
{
    Q_ASSERT(context);
    auto job = std::make_shared<Job>();
    job->request = request;
    job->context = context;
    job->done = std::move(done);
    job->timer.start();
    QString why;
    if (!isAllowedUrl(request.url, &why)) {
        job->refusal = why;
    }
    quint64 id = 0;
    {
        QMutexLocker lock(&m_mutex);
        id = m_nextId++;
        job->id = id;
        m_jobs.insert(id, job);
        m_incoming.append(job);
    }
    job->destroyedConnection = QObject::connect(context, &QObject::destroyed, [this, id] { cancel(id); });
    curl_multi_wakeup(static_cast<CURLM*>(m_multi));
    return id;
}

void CurlTransport::cancel(quint64 id)
{
    std::shared_ptr<Job> job;
    {
        QMutexLocker lock(&m_mutex);
        job = m_jobs.take(id);
        if (!job) {
            return;
        }
        if (!m_incoming.removeOne(job)) {
            m_cancelled.append(job);
        }
    }
    QObject::disconnect(job->destroyedConnection);
    curl_multi_wakeup(static_cast<CURLM*>(m_multi));
}

void CurlTransport::deliver(const std::shared_ptr<Job>& job, HttpResponse response)
{
    response.elapsedMs = job->timer.elapsed();
    QMetaObject::Connection connection;
    {
        QMutexLocker lock(&m_mutex);
        if (m_jobs.take(job->id) == nullptr) {
            return; // cancelled meanwhile
        }
        connection = job->destroyedConnection;
        // Posted while holding the lock: a concurrent cancel() (e.g. from the context's destructor)
        // waits here, and the context's pending events are discarded with it.
        QMetaObject::invokeMethod(
            job->context, [done = job->done, response = std::move(response)]() { done(response); },
            Qt::QueuedConnection);
    }
    QObject::disconnect(connection);
}

namespace {

bool setupEasy(CurlTransport::Job& job, void* multi)
{
    Q_UNUSED(multi)
    CURL* e = curl_easy_init();
    if (!e) {
        return false;
    }
    job.easy = e;
    const HttpRequest& r = job.request;
    const QByteArray url = r.url.toEncoded();
    curl_easy_setopt(e, CURLOPT_URL, url.constData()); // copied by libcurl
    curl_easy_setopt(e, CURLOPT_PRIVATE, &job);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, job.errorBuffer);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS));
    curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(e, CURLOPT_NOPROXY, "localhost,127.0.0.1,::1");
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, long(qMax(1, r.connectTimeoutMs)));
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, long(qMax(1, r.totalTimeoutMs)));
    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(r.maxResponseBytes));
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &writeCallback);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &job);
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, ""); // gzip/deflate/br if built in

    // TLS: verification is never turned off.
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!r.caBundlePath.isEmpty()) {
        curl_easy_setopt(e, CURLOPT_CAINFO, r.caBundlePath.toLocal8Bit().constData());
    }
    if (!r.pinnedPublicKey.isEmpty()) {
        curl_easy_setopt(e, CURLOPT_PINNEDPUBLICKEY, r.pinnedPublicKey.toLatin1().constData());
    }
    if (!r.clientCertPath.isEmpty()) {
        curl_easy_setopt(e, CURLOPT_SSLCERT, r.clientCertPath.toLocal8Bit().constData());
        curl_easy_setopt(e, CURLOPT_SSLCERTTYPE, "PEM");
        if (!r.clientKeyPath.isEmpty()) {
            curl_easy_setopt(e, CURLOPT_SSLKEY, r.clientKeyPath.toLocal8Bit().constData());
            curl_easy_setopt(e, CURLOPT_SSLKEYTYPE, "PEM");
        }
    }

    job.headers = curl_slist_append(job.headers, "Expect:"); // no 100-continue round trip
    for (const auto& [name, value] : r.headers) {
        const QByteArray line = name + ": " + value;
        job.headers = curl_slist_append(job.headers, line.constData());
    }
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, job.headers);

    if (r.method == "POST") {
        curl_easy_setopt(e, CURLOPT_POST, 1L);
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(r.body.size()));
        curl_easy_setopt(e, CURLOPT_COPYPOSTFIELDS, r.body.constData());
    } else if (r.method == "GET") {
        curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
    } else {
        curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, r.method.constData());
    }
    return true;
}

HttpResponse buildResponse(CurlTransport::Job& job, CURLcode code)
{
    HttpResponse resp;
    CURL* e = job.easy;
    long status = 0;
    curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
    resp.status = int(status);
    char* contentType = nullptr;
    if (curl_easy_getinfo(e, CURLINFO_CONTENT_TYPE, &contentType) == CURLE_OK && contentType) {
        resp.contentType = QByteArray(contentType);
    }
    long version = 0;
    curl_easy_getinfo(e, CURLINFO_HTTP_VERSION, &version);
    resp.httpVersion = version == CURL_HTTP_VERSION_2_0   ? QByteArray("2")
                       : version == CURL_HTTP_VERSION_1_1 ? QByteArray("1.1")
                       : version == CURL_HTTP_VERSION_1_0 ? QByteArray("1.0")
                                                          : QByteArray();
    const QString detail =
        job.errorBuffer[0] ? QString::fromUtf8(job.errorBuffer) : QString::fromUtf8(curl_easy_strerror(code));
    if (code == CURLE_OK) {
        resp.body = std::move(job.body);
        return resp;
    }
    resp.errorText = detail;
    if (job.tooLarge || code == CURLE_FILESIZE_EXCEEDED) {
        resp.error = HttpResponse::Error::TooLarge;
        resp.errorText = QCoreApplication::translate("CurlTransport", "response larger than %1 bytes")
                             .arg(job.request.maxResponseBytes);
    } else if (code == CURLE_OPERATION_TIMEDOUT) {
        curl_off_t connectUs = 0;
        curl_off_t appConnectUs = 0;
        curl_easy_getinfo(e, CURLINFO_CONNECT_TIME_T, &connectUs);
        curl_easy_getinfo(e, CURLINFO_APPCONNECT_TIME_T, &appConnectUs);
        const bool https = job.request.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
        const bool connected = https ? appConnectUs > 0 : connectUs > 0;
        resp.error = connected ? HttpResponse::Error::Timeout : HttpResponse::Error::ConnectTimeout;
    } else if (code == CURLE_COULDNT_CONNECT || code == CURLE_COULDNT_RESOLVE_HOST ||
               code == CURLE_COULDNT_RESOLVE_PROXY) {
        resp.error = HttpResponse::Error::ConnectFailed;
    } else if (isTlsError(code)) {
        resp.error = HttpResponse::Error::Tls;
    } else {
        resp.error = HttpResponse::Error::Other;
    }
    return resp;
}

} // namespace

void CurlTransport::workerLoop()
{
    auto* multi = static_cast<CURLM*>(m_multi);
    QHash<CURL*, std::shared_ptr<Job>> active;
    while (!m_stop) {
        QList<std::shared_ptr<Job>> incoming;
        QList<std::shared_ptr<Job>> cancelled;
        {
            QMutexLocker lock(&m_mutex);
            incoming.swap(m_incoming);
            cancelled.swap(m_cancelled);
        }
        for (const auto& job : std::as_const(cancelled)) {
            if (job->easy && active.remove(job->easy)) {
                curl_multi_remove_handle(multi, job->easy);
            }
        }
        for (const auto& job : std::as_const(incoming)) {
            if (!job->refusal.isEmpty()) {
                HttpResponse r;
                r.error = HttpResponse::Error::Refused;
                r.errorText = job->refusal;
                deliver(job, std::move(r));
                continue;
            }
            if (!setupEasy(*job, multi) || curl_multi_add_handle(multi, job->easy) != CURLM_OK) {
                HttpResponse r;
                r.error = HttpResponse::Error::Other;
                r.errorText = CurlTransport::tr("libcurl could not set up the request");
                deliver(job, std::move(r));
                continue;
            }
            active.insert(job->easy, job);
        }

        int running = 0;
        curl_multi_perform(multi, &running);
        int queued = 0;
        while (CURLMsg* msg = curl_multi_info_read(multi, &queued)) {
            if (msg->msg != CURLMSG_DONE) {
                continue;
            }
            CURL* easy = msg->easy_handle;
            const CURLcode code = msg->data.result;
            std::shared_ptr<Job> job = active.take(easy);
            curl_multi_remove_handle(multi, easy);
            if (!job) {
                continue;
            }
            HttpResponse r = buildResponse(*job, code);
            qCDebug(lcNet) << "transfer done" << job->request.method << job->request.url.host() << "status"
                           << r.status << HttpResponse::errorKey(r.error) << "in" << job->timer.elapsed()
                           << "ms";
            deliver(job, std::move(r));
        }

        long timeoutMs = -1;
        curl_multi_timeout(multi, &timeoutMs);
        if (timeoutMs < 0 || timeoutMs > 1000) {
            timeoutMs = 1000;
        }
        if (timeoutMs > 0) {
            curl_multi_poll(multi, nullptr, 0, int(timeoutMs), nullptr);
        }
    }
    for (auto it = active.begin(); it != active.end(); ++it) {
        curl_multi_remove_handle(multi, it.key());
    }
    active.clear();
}
