# Sourced by payara/run.sh and payara/cluster.sh: the AppCDS class archive of one service folder (issue 16).
# A start with no usable archive writes one when the JVM exits (-XX:ArchiveClassesAtExit: a stop, not a kill -9);
# later starts map it (-XX:SharedArchiveFile) instead of parsing and verifying those classes again. The archive's
# name carries a key of the WAR, payara-micro.jar and the JVM, so a new release or a new JDK makes a new archive; an
# archive that the JVM would refuse (damaged, cut short by a kill during its writing) is found by a quick trial JVM
# and deleted. That trial is what keeps a start safe: -Xshare:auto starts without a missing, foreign or garbled
# archive, but an archive cut short (a kill -9 while it was written) crashes OpenJDK 17.0.15 with SIGBUS even so.
#   CDS=off disables the archive (neither written nor read).

# sets CDS_OPTS (the JVM options) and CDS_STATE (a line for the log) for the archive in folder $1 of the release
# WAR $2 run by payara-micro.jar $3
cds_options() {
  local dir=$1 war=$2 jar=$3 key archive
  CDS_OPTS="" CDS_STATE="class archive off"
  [ "${CDS:-on}" = off ] && return 0
  mkdir -p "$dir"
  key=$( { java -version 2>&1; stat -c '%s %Y %n' "$war" "$jar"; } | sha1sum | cut -c1-12)
  archive="$dir/classes-$key.jsa"
  # the trial: -Xshare:on fails on an archive the JVM cannot map (a cut-short one crashes it: no crash files)
  if [ -s "$archive" ] && ! (java -Xshare:on -XX:SharedArchiveFile="$archive" -XX:-CreateCoredumpOnCrash \
      -XX:ErrorFile=/dev/null -cp "$jar" -version) > /dev/null 2>&1; then
    echo "class archive $archive is not usable by this JVM: deleted, a new one is written at the next stop" >&2
    rm -f "$archive"
  fi
  if [ -s "$archive" ]; then
    CDS_STATE="class archive $(basename "$archive")"
    CDS_OPTS="-XX:SharedArchiveFile=$archive -Xshare:auto"
  else
    # an archive of another release or JVM is of no use any more
    find "$dir" -name 'classes-*.jsa' ! -name "$(basename "$archive")" -delete
    CDS_STATE="class archive written at the next stop"
    # the JVM names every class it cannot archive (thousands of lines at the stop): errors only
    CDS_OPTS="-XX:ArchiveClassesAtExit=$archive -Xshare:auto -Xlog:cds=error"
  fi
}
