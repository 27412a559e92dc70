// The derived values: moduleId skuleskyss from the artifactId skule-skyss, the class prefix Skuleskyss and the table
// prefix SKULESKYSS; the module's name with å and ø in Java, the texts and the feature.
// maven-archetype-plugin 3.3.1 hands the script its values in 'context'
def projectDir = context.projectDir
def file = { String path -> def f = new File(projectDir, path); assert f.isFile() : "missing $path"; f }
def name = 'Skyss for skuleborn p\u00e5 \u00f8yane'

assert file('api/src/main/java/no/example/skule/api/SkuleskyssService.java').getText('UTF-8').contains('public interface SkuleskyssService')
assert file('core/src/main/java/no/example/skule/core/internal/ItemEntity.java').getText('UTF-8').contains('@Table(name = "SKULESKYSS_ITEM"')
assert file('core/src/main/resources/META-INF/skuleskyss-persistence.xml').getText('UTF-8').contains('<persistence-unit name="skuleskyss"')
assert file('core/src/main/java/no/example/skule/core/internal/SkuleskyssModule.java').getText('UTF-8').contains("return \"$name\";")
assert file('ui/src/main/resources/no/example/skule/ui/internal/messages.properties').getText('UTF-8').contains("menu=$name")
def feature = file('features/target/feature/feature.xml').getText('UTF-8')
assert feature.contains("<feature name=\"skuleskyss\" version=\"1.0.0-SNAPSHOT\" description=\"$name\">")
assert feature.contains('<capability>planverk.module;name=skuleskyss</capability>')
assert feature.contains('<bundle>mvn:no.example.skule/no.example.skule.core/1.0.0-SNAPSHOT</bundle>')
return true
