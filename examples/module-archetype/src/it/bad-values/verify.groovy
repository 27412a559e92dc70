def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("Not a Planverk module: -DmoduleId='Bad-Id' must be 2-20 lower-case letters a-z and digits") : log
assert log.contains("-DmoduleName='Bad \"name\"' must be 2-40 characters") : log
assert log.contains("-DtablePrefix='PV_BAD' must be 2-20 upper-case letters, digits or _, and not PV") : log
assert !log.contains("-Dpackage=") : 'the package is fine'
return true
