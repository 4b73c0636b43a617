#pragma once

#include "UserRepository.h"

namespace parcours {

class Database;

class SqlUserRepository final : public UserRepository
{
  public:
    explicit SqlUserRepository(Database& db) : m_db(db) {}
    QList<UserAccount> list() const override;
    std::optional<UserAccount> find(qint64 id) const override;
    std::optional<UserAccount> findByLogin(const QString& login) const override;
    int count() const override;
    void save(UserAccount& user) override;

  private:
    Database& m_db;
};

} // namespace parcours
