package org.sayer.model.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the EMF model code and item providers of Sayer without the Eclipse IDE.
 *
 * <p>The {@code .genmodel} is rebuilt from {@code sayer.ecore} on every run, with the settings below,
 * so it can never go stale. EMF's merger keeps {@code @generated NOT} members and leaves unchanged
 * files untouched.
 */
public final class GenerateModel {

    private static final String MODEL_PROJECT = "org.sayer.model";
    private static final String EDIT_PROJECT = "org.sayer.model.edit";

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path modelProject = root.resolve("bundles").resolve(MODEL_PROJECT);
        Path editProject = root.resolve("bundles").resolve(EDIT_PROJECT);
        if (!Files.isRegularFile(modelProject.resolve("model/sayer.ecore"))) {
            throw new IllegalArgumentException("No model/sayer.ecore under " + modelProject);
        }

        ResourceSet resources = new ResourceSetImpl();
        Map<String, Object> factories = resources.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new EcoreResourceFactoryImpl());
        resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        mapProject(MODEL_PROJECT, modelProject);
        mapProject(EDIT_PROJECT, editProject);

        Resource ecore = resources.getResource(platformUri(MODEL_PROJECT + "/model/sayer.ecore"), true);
        EPackage ePackage = (EPackage) ecore.getContents().get(0);

        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        Resource genModelResource = resources.createResource(platformUri(MODEL_PROJECT + "/model/sayer.genmodel"));
        genModelResource.getContents().add(genModel);
        genModel.initialize(List.of(ePackage));
        genModel.initialize(true);
        configure(genModel);
        genModelResource.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));

        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(
                GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        Generator generator = new Generator();
        generator.setInput(genModel);
        check("model", generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor.Printing(System.out)));
        check("edit", generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor.Printing(System.out)));
        System.out.println("Generated " + modelProject.resolve("src-gen") + " and " + editProject.resolve("src-gen"));
    }

    private static void configure(GenModel genModel) {
        genModel.setModelName("Sayer");
        genModel.setModelPluginID(MODEL_PROJECT);
        genModel.setModelDirectory("/" + MODEL_PROJECT + "/src-gen");
        genModel.setEditPluginID(EDIT_PROJECT);
        genModel.setEditDirectory("/" + EDIT_PROJECT + "/src-gen");
        genModel.setEditPluginClass("org.sayer.model.provider.SayerEditPlugin");
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.getForeignModel().clear();
        genModel.getForeignModel().add("sayer.ecore");
        genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
        genModel.setOperationReflection(true);
        genModel.setCopyrightFields(false);
        genModel.setBundleManifest(true);
        genModel.setUpdateClasspath(false);
        genModel.setCodeFormatting(false);
        for (GenPackage genPackage : genModel.getGenPackages()) {
            genPackage.setBasePackage("org.sayer");
            genPackage.setPrefix("Sayer");
            genPackage.setFileExtensions("xmi");
        }
        // initialize(true) resets the compliance level, so it is set last.
        genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
    }

    private static void mapProject(String project, Path folder) {
        URIConverter.URI_MAP.put(URI.createPlatformResourceURI("/" + project + "/", false),
                URI.createFileURI(folder.toString() + "/"));
    }

    private static URI platformUri(String path) {
        return URI.createPlatformResourceURI("/" + path, true);
    }

    private static void check(String what, Diagnostic result) {
        if (result.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("Generating the " + what + " code failed: " + result);
        }
    }
}
