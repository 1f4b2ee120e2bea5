#!/usr/bin/env bash
# Loopback clusters for the scaling-out tests, started from nothing and idempotent:
#   - a PostgreSQL 15 primary on 127.0.0.1:5434 and its streaming replica on 127.0.0.1:5435 (pg_basebackup -R);
#   - a 3-node MariaDB Galera cluster on 127.0.0.1:3307, 3308 and 3309 (wsrep ports 4567, 4577, 4587).
# The machine's own servers on 5432 and 3306 are never touched: replication from 5432 would need a pg_hba.conf
# change there, so the replica follows a primary of its own. Everything lives under $ASSOCIATION_CLUSTERS_DIR
# (default /var/tmp/association-clusters) and runs as the users the machine's servers run as (postgres, mysql).
#
# usage: .ci/clusters.sh start|stop|status [postgres|galera]
#        .ci/clusters.sh kill-node N | start-node N      (Galera node N = 1..3; used by the failover test)
#        .ci/clusters.sh stop-replica                     (the replica-down test; start postgres brings it back)
set -euo pipefail

BASE="${ASSOCIATION_CLUSTERS_DIR:-/var/tmp/association-clusters}"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}"
PG_PRIMARY="$BASE/pg-primary"
PG_REPLICA="$BASE/pg-replica"
PG_PRIMARY_PORT=5434
PG_REPLICA_PORT=5435
GALERA="$BASE/galera"
GALERA_PROVIDER=/usr/lib/galera/libgalera_smm.so

as_postgres() {
	if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}

pg_up() {
	"$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$1" >/dev/null 2>&1
}

pg_wait() {
	for _ in $(seq 1 60); do
		if pg_up "$1"; then return 0; fi
		sleep 0.5
	done
	echo "PostgreSQL on port $1 did not come up; see $2/server.log" >&2
	return 1
}

pg_start_dir() {
	local dir=$1 port=$2
	if pg_up "$port"; then return 0; fi
	rm -f "$dir/data/postmaster.pid"
	as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null
	pg_wait "$port" "$dir"
}

start_postgres() {
	mkdir -p "$BASE"
	chmod 755 "$BASE"
	if [ ! -f "$PG_PRIMARY/data/PG_VERSION" ]; then
		echo "creating the PostgreSQL primary on $PG_PRIMARY_PORT"
		rm -rf "$PG_PRIMARY"
		mkdir -p "$PG_PRIMARY"
		chown postgres: "$PG_PRIMARY"
		as_postgres "$PG_BIN/initdb" -D "$PG_PRIMARY/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
			>"$PG_PRIMARY/initdb.log"
		# initdb's pg_hba.conf with trust auth already allows replication connections from 127.0.0.1
		cat >>"$PG_PRIMARY/data/postgresql.conf" <<-EOF
			port = $PG_PRIMARY_PORT
			listen_addresses = '127.0.0.1'
			unix_socket_directories = '$PG_PRIMARY'
			wal_level = replica
			max_wal_senders = 10
			max_connections = 60
			shared_buffers = 32MB
			fsync = off
			synchronous_commit = on
		EOF
	fi
	pg_start_dir "$PG_PRIMARY" "$PG_PRIMARY_PORT"
	as_postgres "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PRIMARY_PORT" -U postgres -d postgres -tAc \
		"SELECT 1 FROM pg_database WHERE datname = 'test'" | grep -q 1 \
		|| as_postgres "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PRIMARY_PORT" -U postgres -d postgres -c "CREATE DATABASE test"
	if [ ! -f "$PG_REPLICA/data/standby.signal" ]; then
		echo "creating the PostgreSQL replica on $PG_REPLICA_PORT (pg_basebackup -R from $PG_PRIMARY_PORT)"
		rm -rf "$PG_REPLICA"
		mkdir -p "$PG_REPLICA"
		chown postgres: "$PG_REPLICA"
		as_postgres "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PRIMARY_PORT" -U postgres -d postgres -tAc \
			"SELECT 1 FROM pg_replication_slots WHERE slot_name = 'association_replica'" | grep -q 1 \
			&& as_postgres "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PRIMARY_PORT" -U postgres -d postgres -c \
				"SELECT pg_drop_replication_slot('association_replica')" >/dev/null
		as_postgres "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PG_PRIMARY_PORT" -U postgres -D "$PG_REPLICA/data" \
			-R -X stream -C -S association_replica --checkpoint=fast
		cat >>"$PG_REPLICA/data/postgresql.auto.conf" <<-EOF
			port = $PG_REPLICA_PORT
			unix_socket_directories = '$PG_REPLICA'
			hot_standby = on
		EOF
	fi
	pg_start_dir "$PG_REPLICA" "$PG_REPLICA_PORT"
	echo "PostgreSQL primary 127.0.0.1:$PG_PRIMARY_PORT, replica 127.0.0.1:$PG_REPLICA_PORT are up"
}

stop_postgres() {
	for dir in "$PG_REPLICA" "$PG_PRIMARY"; do
		if [ -f "$dir/data/postmaster.pid" ]; then
			as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
		fi
	done
}

status_postgres() {
	local state=0
	if pg_up "$PG_PRIMARY_PORT"; then echo "postgres primary 127.0.0.1:$PG_PRIMARY_PORT: up"; else echo "postgres primary 127.0.0.1:$PG_PRIMARY_PORT: down"; state=1; fi
	if pg_up "$PG_REPLICA_PORT"; then
		echo "postgres replica 127.0.0.1:$PG_REPLICA_PORT: up, in recovery: $("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_REPLICA_PORT" -U postgres -d postgres -tAc 'SELECT pg_is_in_recovery()')"
	else
		echo "postgres replica 127.0.0.1:$PG_REPLICA_PORT: down"; state=1
	fi
	return $state
}

node_port() { echo $((3306 + $1)); }
node_wsrep_port() { echo $((4557 + 10 * $1)); }
node_dir() { echo "$GALERA/node$1"; }

node_up() {
	mariadb-admin --no-defaults -h 127.0.0.1 -P "$(node_port "$1")" -uroot ping >/dev/null 2>&1 \
		|| mariadb-admin --no-defaults -S "$(node_dir "$1")/mysqld.sock" -uroot ping >/dev/null 2>&1
}

node_synced() {
	local state
	state=$(mariadb --no-defaults -S "$(node_dir "$1")/mysqld.sock" -uroot -N -e \
		"SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | awk '{print $2}')
	[ "$state" = Synced ]
}

write_node_config() {
	local n=$1 dir wsrep
	dir=$(node_dir "$n")
	wsrep=$(node_wsrep_port "$n")
	cat >"$dir/my.cnf" <<-EOF
		[mariadbd]
		user = mysql
		datadir = $dir/data
		socket = $dir/mysqld.sock
		pid-file = $dir/mysqld.pid
		log-error = $dir/error.log
		port = $(node_port "$n")
		bind-address = 127.0.0.1
		skip-name-resolve
		character-set-server = utf8mb4
		collation-server = utf8mb4_general_ci
		binlog_format = ROW
		default_storage_engine = InnoDB
		innodb_autoinc_lock_mode = 2
		innodb_buffer_pool_size = 64M
		innodb_log_file_size = 32M
		innodb_flush_log_at_trx_commit = 0
		max_connections = 100
		wsrep_on = ON
		wsrep_provider = $GALERA_PROVIDER
		wsrep_cluster_name = association
		wsrep_cluster_address = gcomm://127.0.0.1:4567,127.0.0.1:4577,127.0.0.1:4587
		wsrep_node_name = node$n
		wsrep_node_address = 127.0.0.1:$wsrep
		wsrep_node_incoming_address = 127.0.0.1:$(node_port "$n")
		wsrep_provider_options = "gmcast.listen_addr=tcp://127.0.0.1:$wsrep;ist.recv_addr=127.0.0.1:$((wsrep + 1));gcache.size=64M"
		wsrep_sst_method = rsync
		wsrep_sst_receive_address = 127.0.0.1:$((wsrep + 2))
		wsrep_slave_threads = 2
	EOF
}

prepare_node() {
	local n=$1 dir
	dir=$(node_dir "$n")
	mkdir -p "$dir"
	chown mysql: "$dir"
	write_node_config "$n"
	if [ ! -d "$dir/data/mysql" ]; then
		rm -rf "$dir/data"
		mariadb-install-db --no-defaults --user=mysql --datadir="$dir/data" --auth-root-authentication-method=normal \
			--skip-test-db >"$dir/install.log" 2>&1
	fi
}

launch_node() {
	local n=$1 dir
	shift
	dir=$(node_dir "$n")
	rm -f "$dir/mysqld.sock" "$dir/mysqld.pid"
	setsid /usr/sbin/mariadbd --defaults-file="$dir/my.cnf" "$@" >>"$dir/stdout.log" 2>&1 </dev/null &
}

wait_node() {
	local n=$1
	for _ in $(seq 1 120); do
		if node_up "$n" && node_synced "$n"; then return 0; fi
		sleep 0.5
	done
	echo "Galera node $n (127.0.0.1:$(node_port "$n")) did not join; see $(node_dir "$n")/error.log" >&2
	return 1
}

any_node_up() {
	for n in 1 2 3; do
		if node_up "$n"; then return 0; fi
	done
	return 1
}

bootstrap_node() {
	# the node that may bootstrap is the one Galera marked safe_to_bootstrap (the last to stop); after a crash of
	# every node none is, and node 1 is forced (a test cluster: no one else can hold newer writes)
	local n
	for n in 1 2 3; do
		if grep -q '^safe_to_bootstrap: 1' "$(node_dir "$n")/data/grastate.dat" 2>/dev/null; then
			echo "$n"
			return
		fi
	done
	if [ -f "$(node_dir 1)/data/grastate.dat" ]; then
		sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$(node_dir 1)/data/grastate.dat"
	fi
	echo 1
}

start_galera() {
	mkdir -p "$GALERA"
	chmod 755 "$BASE" "$GALERA"
	for n in 1 2 3; do prepare_node "$n"; done
	if ! any_node_up; then
		local first
		first=$(bootstrap_node)
		echo "bootstrapping the Galera cluster on node $first"
		launch_node "$first" --wsrep-new-cluster
		wait_node "$first"
		mariadb --no-defaults -S "$(node_dir "$first")/mysqld.sock" -uroot -e "
			CREATE USER IF NOT EXISTS 'root'@'127.0.0.1';
			GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;
			CREATE DATABASE IF NOT EXISTS test;"
	fi
	for n in 1 2 3; do
		if ! node_up "$n"; then
			echo "starting Galera node $n"
			launch_node "$n"
			wait_node "$n"
		fi
	done
	for n in 1 2 3; do wait_node "$n"; done
	echo "Galera cluster up: 127.0.0.1:3307,3308,3309, size $(mariadb --no-defaults -h 127.0.0.1 -P 3307 -uroot -N -e \
		"SHOW STATUS LIKE 'wsrep_cluster_size'" | awk '{print $2}')"
}

stop_node() {
	local n=$1 dir pid
	dir=$(node_dir "$n")
	if [ -f "$dir/mysqld.pid" ]; then
		pid=$(cat "$dir/mysqld.pid")
		kill -TERM "$pid" 2>/dev/null || true
		for _ in $(seq 1 120); do
			if ! kill -0 "$pid" 2>/dev/null; then break; fi
			sleep 0.5
		done
	fi
}

stop_galera() {
	for n in 3 2 1; do stop_node "$n"; done
}

kill_node() {
	local n=$1 dir
	dir=$(node_dir "$n")
	if [ -f "$dir/mysqld.pid" ]; then
		kill -KILL "$(cat "$dir/mysqld.pid")" 2>/dev/null || true
	fi
}

status_galera() {
	local state=0
	for n in 1 2 3; do
		if node_up "$n"; then
			echo "galera node $n 127.0.0.1:$(node_port "$n"): up, $(mariadb --no-defaults -S "$(node_dir "$n")/mysqld.sock" -uroot -N -e \
				"SHOW STATUS LIKE 'wsrep_local_state_comment'" | awk '{print $2}')"
		else
			echo "galera node $n 127.0.0.1:$(node_port "$n"): down"; state=1
		fi
	done
	return $state
}

command=${1:-status}
which=${2:-all}
case "$command" in
	start)
		if [ "$which" != galera ]; then start_postgres; fi
		if [ "$which" != postgres ]; then start_galera; fi
		;;
	stop)
		if [ "$which" != galera ]; then stop_postgres; fi
		if [ "$which" != postgres ]; then stop_galera; fi
		;;
	status)
		rc=0
		if [ "$which" != galera ]; then status_postgres || rc=1; fi
		if [ "$which" != postgres ]; then status_galera || rc=1; fi
		exit $rc
		;;
	kill-node) kill_node "$2" ;;
	stop-replica)
		if [ -f "$PG_REPLICA/data/postmaster.pid" ]; then
			as_postgres "$PG_BIN/pg_ctl" -D "$PG_REPLICA/data" -m fast -w stop >/dev/null
		fi
		;;
	start-node)
		prepare_node "$2"
		if ! node_up "$2"; then launch_node "$2"; fi
		wait_node "$2"
		;;
	*)
		echo "usage: $0 start|stop|status [postgres|galera] | kill-node N | start-node N | stop-replica" >&2
		exit 2
		;;
esac
