# Redirects controller
require 'json'
require 'logger'

class RedirectsController < ApplicationController
  before_action :authenticate_user!

  LOG = Logger.new($stdout)

  def index
    render json: { service: 'redirects', user: current_user.id }
  end

  def after_sign_in
    redirect_to root_path
  end

  def summary
    values = Metric.where(user_id: current_user.id).pluck(:value)
    return render(json: { count: 0 }) if values.empty?

    ordered = values.sort
    render json: {
      count: ordered.size,
      min: ordered.first,
      max: ordered.last,
      median: ordered[ordered.size / 2]
    }
  end

  private

  def log_event(name)
    LOG.info("event=#{name} user=#{current_user.id}")
  end
end
