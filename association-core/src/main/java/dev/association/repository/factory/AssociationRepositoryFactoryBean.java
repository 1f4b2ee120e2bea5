package dev.association.repository.factory;

import dev.association.Associations;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.core.support.RepositoryFactoryBeanSupport;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.util.Assert;

/**
 * Creates one repository bean: the {@link Associations} engine given by {@code associationsRef}, else the single one
 * in the context.
 * @param <T> the repository type
 * @param <S> the model type
 * @param <ID> the key type
 */
public class AssociationRepositoryFactoryBean<T extends Repository<S, ID>, S, ID>
		extends RepositoryFactoryBeanSupport<T, S, ID> {

	private @Nullable Associations associations;

	private @Nullable BeanFactory beanFactory;

	/**
	 * Creates a factory bean for a repository interface.
	 * @param repositoryInterface the interface
	 */
	public AssociationRepositoryFactoryBean(Class<? extends T> repositoryInterface) {
		super(repositoryInterface);
	}

	/**
	 * The engine the repository runs on.
	 * @param associations the engine
	 */
	public void setAssociations(Associations associations) {
		this.associations = associations;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
		super.setBeanFactory(beanFactory);
		this.beanFactory = beanFactory;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.associations == null) {
			Assert.state(this.beanFactory != null, "An Associations engine or a BeanFactory is required");
			this.associations = this.beanFactory.getBean(Associations.class);
		}
		super.afterPropertiesSet();
	}

	@Override
	protected RepositoryFactorySupport createRepositoryFactory() {
		Assert.state(this.associations != null, "An Associations engine is required");
		return new AssociationRepositoryFactory(this.associations);
	}

}
