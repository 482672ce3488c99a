#!/usr/bin/env bash
# JDBC batch vs JPA (EclipseLink) for the import's write: see the header of InsertStrategies.java.
#   bench/import/insert-strategies.sh [rows=100000]
# Uses Derby from ~/.m2, EclipseLink as shipped inside target/payara-micro.jar, the entities in target/classes.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS="${1:-100000}"
[ -d target/classes ] && [ -f target/payara-micro.jar ] || mvn -B -q -DskipTests package dependency:copy@copy-payara-micro
WORK="$(mktemp -d /tmp/taphuan-insert-bench.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/lib" "$WORK/unit/META-INF"
unzip -q -o -j target/payara-micro.jar MICRO-INF/runtime/org.eclipse.persistence.core.jar \
  MICRO-INF/runtime/org.eclipse.persistence.jpa.jar MICRO-INF/runtime/org.eclipse.persistence.jpa.jpql.jar \
  MICRO-INF/runtime/org.eclipse.persistence.asm.jar MICRO-INF/runtime/jakarta.persistence-api.jar -d "$WORK/lib"
cat > "$WORK/unit/META-INF/persistence.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<persistence version="3.0" xmlns="https://jakarta.ee/xml/ns/persistence">
  <persistence-unit name="bench" transaction-type="RESOURCE_LOCAL">
    <provider>org.eclipse.persistence.jpa.PersistenceProvider</provider>
    <class>vn.edu.taphuan.directory.entity.School</class>
    <class>vn.edu.taphuan.directory.entity.Staff</class>
    <exclude-unlisted-classes>true</exclude-unlisted-classes>
    <properties>
      <!-- as in src/main/resources/META-INF/persistence.xml -->
      <property name="eclipselink.jdbc.batch-writing" value="JDBC"/>
      <property name="eclipselink.jdbc.batch-writing.size" value="500"/>
      <property name="eclipselink.cache.shared.default" value="false"/>
      <property name="eclipselink.logging.level" value="WARNING"/>
      <property name="eclipselink.weaving" value="false"/>
    </properties>
  </persistence-unit>
</persistence>
XML
DERBY="$(ls ~/.m2/repository/org/apache/derby/{derby,derbyshared,derbytools}/10.16.1.1/*.jar | tr '\n' ':')"
CP="$DERBY$(ls "$WORK"/lib/*.jar | tr '\n' ':')target/classes:$WORK/unit"
javac -cp "$CP" -d "$WORK/classes" bench/import/InsertStrategies.java
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Dfile.encoding=UTF-8 -Xmx512m -Dderby.stream.error.file="$WORK/derby.log" -cp "$CP:$WORK/classes" InsertStrategies "$WORK" "$ROWS"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
