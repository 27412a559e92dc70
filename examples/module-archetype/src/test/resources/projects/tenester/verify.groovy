// After `mvn install` of the project generated with the values of README.md's command: the names that Planverk and
// Karaf go by, in the built artifacts.
import java.util.jar.JarFile

// maven-archetype-plugin 3.3.1 hands the script its values in 'context'
def projectDir = context.projectDir
def file = { String path -> def f = new File(projectDir, path); assert f.isFile() : "missing $path"; f }
def manifest = { String module -> new JarFile(file("$module/target/no.example.tenester.$module-1.0.0-SNAPSHOT.jar")).manifest.mainAttributes }

def api = manifest('api')
assert api.getValue('Bundle-SymbolicName') == 'no.example.tenester.api'
assert api.getValue('Export-Package').startsWith('no.example.tenester.api;version="1.0.0"')

def core = manifest('core')
assert core.getValue('Meta-Persistence') == 'META-INF/tenester-persistence.xml'
assert core.getValue('Karaf-Commands') == 'no.example.tenester.core.internal.shell'
assert core.getValue('Export-Package') == null : 'core exports nothing'
['TenesterModule', 'TenesterServiceImpl', 'TenesterStore', 'TenesterMessages', 'rest.TenesterEndpoint'].each {
    assert core.getValue('Service-Component').contains("OSGI-INF/no.example.tenester.core.internal.${it}.xml")
}
// the service's messages: Planverk message keys tenester.* with their texts beside the catalog, in three languages
['', '_nb', '_en'].each {
    assert file("core/src/main/resources/no/example/tenester/core/internal/messages${it}.properties").getText('UTF-8').contains('tenester.item.name.taken=')
}
assert !file('ui/src/main/resources/no/example/tenester/ui/internal/messages.properties').getText('UTF-8').contains('item.name.taken')
def unit = file('core/src/main/resources/META-INF/tenester-persistence.xml').getText('UTF-8')
assert unit.contains('<persistence-unit name="tenester"')
assert file('core/src/main/java/no/example/tenester/core/internal/ItemEntity.java').getText('UTF-8').contains('@Table(name = "TENESTER_ITEM"')
assert file('core/src/main/java/no/example/tenester/core/internal/rest/TenesterEndpoint.java').getText('UTF-8').contains('Routes.of("tenester")')

def ui = manifest('ui')
['ItemsContribution', 'ItemContribution'].each {
    assert ui.getValue('Service-Component').contains("OSGI-INF/no.example.tenester.ui.internal.${it}.xml")
}
assert file('ui/src/main/java/no/example/tenester/ui/internal/ItemContribution.java').getText('UTF-8').contains('PATH = ItemsContribution.PATH + "/item"')
assert ui.getValue('Import-Package').contains('com.vaadin.flow.component;version="[24,25)"')

def feature = file('features/target/feature/feature.xml').getText('UTF-8')
assert feature.contains('<features name="tenester-1.0.0-SNAPSHOT"')
assert feature.contains('<repository>mvn:no.planverk/planverk-features/')
assert feature.contains('<feature name="tenester" version="1.0.0-SNAPSHOT" description="Tenestekatalog">')
assert feature.contains('<capability>planverk.module;name=tenester</capability>')
assert feature.contains('<bundle>mvn:no.example.tenester/no.example.tenester.ui/1.0.0-SNAPSHOT</bundle>')
assert feature.contains('feature:repo-add mvn:no.example.tenester/tenester-features/1.0.0-SNAPSHOT/xml/features')
assert !feature.contains('${') : 'every ${...} is filled in'
// the README keeps its headings (Velocity would read a line starting with two hashes as a comment)
def readme = file('README.md').getText('UTF-8')
['## Build', '## Install into a running Planverk', '## API baseline', '## Next steps'].each { assert readme.contains("\n$it\n") : "README lacks $it" }
// the API baseline is configured, off until a first release
def pom = file('pom.xml').getText('UTF-8')
assert pom.contains('<baseline.phase>none</baseline.phase>') && pom.contains('bnd-baseline-maven-plugin')
assert file('api/pom.xml').getText('UTF-8').contains('<phase>${baseline.phase}</phase>')
assert file('.gitignore').text.contains('target/')
assert !new File(projectDir, 'gitignore').exists()
return true
