#!/bin/sh
# Puts a Java runtime made by the build JDK's jlink next to the Linux product, so that it starts
# on a machine without Java. Only the modules the product uses are included.
#   jlink.sh JAVA_HOME PRODUCT_DIR
set -eu
jdk=$1
product=$2
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.sql,java.xml,java.instrument,jdk.unsupported,jdk.xml.dom,java.net.http,jdk.crypto.ec,jdk.localedata,jdk.zipfs,jdk.charsets,jdk.management
rm -rf "$product/jre"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress=zip-6 --output "$product/jre"
# Class data sharing: starting the product maps this archive instead of parsing the JDK classes.
"$product/jre/bin/java" -Xshare:dump -XX:+UseSerialGC >/dev/null
