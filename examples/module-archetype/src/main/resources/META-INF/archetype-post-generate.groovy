// Runs after archetype:generate has written the project. archetype:generate checks the validationRegex of
// archetype-metadata.xml only when it asks for a value interactively; with -DinteractiveMode=false it takes any value.
// The values end up in Java names and strings, a URL path, table names and XML, so they are checked here as well.
def rules = [
    'package'        : ['[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*', 'a Java package in lower case, such as no.example.tenester'],
    'moduleId'       : ['[a-z][a-z0-9]{1,19}', '2-20 lower-case letters a-z and digits, starting with a letter, such as tenester'],
    'moduleName'     : ['\\p{L}[^"\\\\<>&{}$#\\r\\n]{1,39}', '2-40 characters starting with a letter, without " \\ < > & { } $ #'],
    'moduleClass'    : ['[A-Z][A-Za-z0-9]{1,29}', 'the start of a Java class name, such as Tenester'],
    'tablePrefix'    : ['(?!PV$|PV_)[A-Z][A-Z0-9_]{1,19}', '2-20 upper-case letters, digits or _, and not PV (Planverk\'s own tables)'],
    'planverkVersion': ['[0-9][A-Za-z0-9._-]*', 'a Maven version, such as 0.1.0-SNAPSHOT'],
]
def props = request.getProperties()
def project = new File(request.getOutputDirectory(), request.getArtifactId())
def wrong = rules.findAll { name, rule -> !(String.valueOf(props.getProperty(name)) ==~ rule[0]) }
if (wrong) {
    throw new IllegalArgumentException('Not a Planverk module: ' + wrong.collect { name, rule ->
        '-D' + name + '=\'' + props.getProperty(name) + '\' must be ' + rule[1] }.join('; ') +
        '. Delete ' + project + ' and run archetype:generate again.')
}

// Maven's default excludes leave a file named .gitignore out of the archetype: it is kept as 'gitignore'.
def gitignore = new File(project, 'gitignore')
if (gitignore.isFile() && !gitignore.renameTo(new File(project, '.gitignore'))) {
    throw new IllegalStateException('Could not rename ' + gitignore + ' to .gitignore')
}
