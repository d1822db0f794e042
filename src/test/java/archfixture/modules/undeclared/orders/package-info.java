/** Declares that it depends on no other module. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package archfixture.modules.undeclared.orders;
