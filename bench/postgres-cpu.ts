import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time (ms) used so far by the PostgreSQL server processes of this machine, from /proc; null
 * where that cannot be read (not Linux, or PostgreSQL elsewhere: then it measures nothing useful).
 * The benchmark reports it per request beside the server's own CPU: PostgreSQL shares the
 * machine's cores, so a statement that costs it more costs the server throughput too.
 *
 * With `database`, only the backends connected to it (their process title, `postgres: ... <user>
 * <database> <host> ...`, in /proc/<pid>/cmdline): other work's databases on a shared machine
 * (another helper's tests or benchmarks) are not counted. The pools' backends live through the
 * measurement; PostgreSQL's background processes (WAL writer, checkpointer) are then left out.
 */
export function postgresCpuMs(database?: string): number | null {
  let ms = 0;
  let found = false;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  for (const pid of entries) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    const nameEnd = stat.lastIndexOf(')');
    if (!stat.slice(stat.indexOf('(') + 1, nameEnd).startsWith('postgres')) continue;
    if (database !== undefined && !backendOf(pid, database)) continue;
    ms += cpuMsOfStat(stat);
    found = true;
  }
  return found ? ms : null;
}

/** CPU time (ms) a process has used so far, from /proc (Linux). */
export function processCpuMs(pid: number): number {
  return cpuMsOfStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
}

/** User + system CPU of a /proc/<pid>/stat line, in ms (clock ticks are 1/100 s on Linux: USER_HZ). */
function cpuMsOfStat(stat: string): number {
  // After the command's name in parentheses: state is field 3; utime and stime are fields 14 and 15 (proc(5)).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function backendOf(pid: string, database: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(' ').includes(database);
  } catch {
    return false;
  }
}
