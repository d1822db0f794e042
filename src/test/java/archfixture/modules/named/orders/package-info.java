/** Declares the inventory module's services but not its read model. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"inventory"})
package archfixture.modules.named.orders;
