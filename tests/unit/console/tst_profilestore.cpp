// profiles.json: saved atomically, and never silently replaced when damaged.
#include "console/ProfileStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestProfileStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static ConnectionProfile profile(const QString& name) {
        ConnectionProfile p;
        p.name = name;
        p.serviceUrl = QUrl(u"http://lm-vip:10091"_s);
        p.nodeUrls = {QUrl(u"http://lm1:10091"_s)};
        return p;
    }

private Q_SLOTS:
    void noFileIsNoProfiles() {
        const ProfileStore store(m_dir.filePath(u"none"_s));
        const auto loaded = store.load();
        QVERIFY(loaded);
        QVERIFY(loaded->isEmpty());
        QCOMPARE(store.find(u"prod"_s).error().code, u"no_such_profile"_s);
    }

    void savedProfilesLoadBackAndAreFoundByName() {
        const ProfileStore store(m_dir.filePath(u"saved"_s));
        QVERIFY(store.save({profile(u"prod"_s), profile(u"test"_s)}));
        const auto loaded = store.load();
        QVERIFY(loaded);
        QCOMPARE(loaded->size(), 2);
        QCOMPARE(store.find(u"test"_s)->nodeUrls, profile(u"test"_s).nodeUrls);
        const auto missing = store.find(u"staging"_s);
        QVERIFY(missing.error().message.contains(u"prod, test"_s));
    }

    void duplicateNamesAndInvalidProfilesAreNotSaved() {
        const ProfileStore store(m_dir.filePath(u"dup"_s));
        QVERIFY(store.save({profile(u"prod"_s)}));
        QCOMPARE(store.save({profile(u"prod"_s), profile(u"prod"_s)}).error().code, u"duplicate_profile"_s);
        ConnectionProfile bad = profile(u"bad"_s);
        bad.serviceUrl = QUrl(u"lm-vip"_s);
        QVERIFY(!store.save({bad}));
        QCOMPARE(store.load()->size(), 1); // the earlier file is intact
    }

    void putAddsReplacesAndRenamesWithoutLosingOthers() {
        const ProfileStore store(m_dir.filePath(u"put"_s));
        QVERIFY(store.put(profile(u"prod"_s), {}));
        // Another console saves a profile meanwhile: it is kept.
        QVERIFY(ProfileStore(m_dir.filePath(u"put"_s)).put(profile(u"test"_s), {}));
        ConnectionProfile renamed = profile(u"production"_s);
        const auto saved = store.put(renamed, u"prod"_s);
        QVERIFY(saved);
        QCOMPARE(saved->size(), 2);
        QVERIFY(store.find(u"production"_s));
        QVERIFY(!store.find(u"prod"_s));
        QVERIFY(store.find(u"test"_s));
        // Adding (nothing replaced) under a taken name is refused, and nothing changes.
        QCOMPARE(store.put(profile(u"test"_s), {}).error().code, u"duplicate_profile"_s);
        QCOMPARE(store.load()->size(), 2);
    }

    void aDamagedFileIsAnErrorNotAnEmptyList() {
        const ProfileStore store(m_dir.filePath(u"damaged"_s));
        QVERIFY(store.save({profile(u"prod"_s)}));
        QFile file(store.path());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"format\": \"leasekeeper-profiles-1\", \"profiles\": [{\"name\": 3");
        file.close();
        const auto loaded = store.load();
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, u"profiles_damaged"_s);
        QVERIFY(loaded.error().message.contains(store.path()));
    }

    void tokensNeverReachTheFile() {
        const ProfileStore store(m_dir.filePath(u"secret"_s));
        QVERIFY(store.save({profile(u"prod"_s)}));
        QFile file(store.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("token"));
        QVERIFY(text.contains("leasekeeper-profiles-1"));
    }
};

QTEST_APPLESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
