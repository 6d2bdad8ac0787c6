# Files controller
require 'json'
require 'logger'

class FilesController < ApplicationController
  before_action :authenticate_user!

  LOG = Logger.new($stdout)

  def index
    render json: { service: 'files', user: current_user.id }
  end

  def download
    send_file Rails.root.join('storage', File.basename(params[:filename].to_s))
  end

  private

  def log_event(name)
    LOG.info("event=#{name} user=#{current_user.id}")
  end
end
