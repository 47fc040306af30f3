// A thin layer over libpqxx: one connection to a PostgreSQL store, its
// prepared statements and its open transaction, with every exception turned
// into a Status that names the server and database (never the password).
// Values only ever reach SQL as statement parameters: SQL text is constant
// or built from our own identifiers, never from data.
#ifndef TOCSIN_STORE_POSTGRES_PG_CONNECTION_H_
#define TOCSIN_STORE_POSTGRES_PG_CONNECTION_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "store/rows.h"
#include "tocsin/status.h"

namespace tocsin {

// "user@host:port/dbname" for `uri` (a postgresql:// URI or key=value
// string), without its password; "PostgreSQL" when it does not parse.
std::string DescribePostgresTarget(std::string_view uri);

// Thread-compatible. Statements outside a transaction run in autocommit.
class PgConnection {
 public:
  // Connects. Errors: Unavailable (server unreachable, connection refused),
  // PermissionDenied (authentication or authorisation refused), NotFound
  // (no such database), InvalidArgument (a malformed URI).
  static StatusOr<std::unique_ptr<PgConnection>> Open(std::string_view uri);
  ~PgConnection();
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  // One transaction at a time. Rollback is also what a lost connection
  // leaves: the server discards the transaction with the session.
  Status Begin();
  Status Commit();
  Status Rollback();
  bool in_transaction() const;

  // Runs constant SQL (DDL, several statements): no parameters.
  Status Exec(std::string_view sql);
  // Runs `sql` with `params` bound to $1, $2, ... and returns its rows:
  // bigint and integer columns as int64_t, double precision as double, NULL
  // as monostate, everything else as text. The statement is prepared once
  // per distinct SQL text and kept for the connection's life.
  StatusOr<std::vector<SqlRow>> Query(const std::string& sql,
                                      const SqlRow& params = {});
  // Query for statements without result rows; returns the rows affected.
  StatusOr<int64_t> Run(const std::string& sql, const SqlRow& params = {});
  // The single integer a query returns (NULL and no row read as 0).
  StatusOr<int64_t> QueryInt(const std::string& sql, const SqlRow& params = {});

  // The server process serving this connection (pg_backend_pid()).
  int backend_pid() const;
  // "user@host:port/dbname", for messages.
  const std::string& target() const { return target_; }

 private:
  struct Impl;  // the libpqxx connection and open transaction
  PgConnection(std::unique_ptr<Impl> impl, std::string target);
  // Turns the exception being handled into a Status about `what`.
  Status CurrentError(std::string_view what);
  StatusOr<std::string> Prepared(const std::string& sql);

  std::unique_ptr<Impl> impl_;
  std::string target_;
  std::unordered_map<std::string, std::string> statements_;  // SQL to name
  bool broken_ = false;
  int64_t affected_ = 0;  // by the last Query
};

}  // namespace tocsin

#endif  // TOCSIN_STORE_POSTGRES_PG_CONNECTION_H_
